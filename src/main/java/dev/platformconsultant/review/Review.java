package dev.platformconsultant.review;

import dev.platformconsultant.model.Mode;
import dev.platformconsultant.text.Language;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A design review, as a senior consultant's first draft: what was understood, what is sound, the
 * findings by severity, the questions the team must answer and what to do first.
 *
 * @param notApplicable checklist items the design's own scope rules out, each with the reason, so
 *     that the reader sees they were considered rather than forgotten
 * @param warning something the reader should know (an LLM fall-back, a truncated design)
 */
public record Review(
    String summary,
    List<String> strengths,
    List<Finding> findings,
    List<String> questions,
    List<String> quickWins,
    List<String> longerTerm,
    List<String> notApplicable,
    Mode mode,
    Language language,
    Optional<String> warning) {

  public Review {
    strengths = List.copyOf(strengths);
    // A stable sort: findings of one severity keep the order their author gave them.
    findings = findings.stream().sorted(Comparator.comparing(Finding::severity)).toList();
    questions = List.copyOf(questions);
    quickWins = List.copyOf(quickWins);
    longerTerm = List.copyOf(longerTerm);
    notApplicable = List.copyOf(notApplicable);
  }

  /** The same review with {@code text} for the reader to know first (an LLM fall-back). */
  public Review withWarning(String text) {
    return new Review(
        summary,
        strengths,
        findings,
        questions,
        quickWins,
        longerTerm,
        notApplicable,
        mode,
        language,
        Optional.of(text).filter(w -> !w.isBlank()));
  }
}
