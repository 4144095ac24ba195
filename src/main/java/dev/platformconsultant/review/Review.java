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
 * @param warning something the reader should know (an LLM fall-back, a truncated design)
 */
public record Review(
    String summary,
    List<String> strengths,
    List<Finding> findings,
    List<String> questions,
    List<String> quickWins,
    List<String> longerTerm,
    Mode mode,
    Language language,
    Optional<String> warning) {

  public Review {
    strengths = List.copyOf(strengths);
    findings = findings.stream().sorted(Comparator.comparing(Finding::severity)).toList();
    questions = List.copyOf(questions);
    quickWins = List.copyOf(quickWins);
    longerTerm = List.copyOf(longerTerm);
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
        mode,
        language,
        Optional.of(text).filter(w -> !w.isBlank()));
  }
}
