package dev.platformconsultant.review;

import dev.platformconsultant.model.Mode;
import dev.platformconsultant.review.ChecklistItem.Effort;
import dev.platformconsultant.review.DesignReading.ItemReading;
import dev.platformconsultant.review.DesignReading.Statement;
import dev.platformconsultant.text.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The review without an LLM. The design is read sentence by sentence against each checklist item
 * (see {@link DesignReading}): a sentence that states the problem (a red flag, or the practice said
 * to be absent, deferred or done by hand) is a finding quoting it; a sentence that states the
 * practice is a strength quoting it; an item the design says nothing about is a finding or a
 * question, by the item's weight when silent, never both; an item the design's scope rules out is
 * said to be not applicable. Findings are ranked by severity, then stated before silent, then by
 * consequence (data loss, breach, outage), and capped so the review stays one a team reads. Honest
 * about what it is: it matches phrases, not meaning. Thread-safe.
 */
public final class OfflineReviewer {
  static final int MAX_FINDINGS = 8;
  static final int MAX_QUESTIONS = 5;
  static final int MAX_STRENGTHS = 8;
  static final int MAX_PRIORITIES = 5;
  private static final int MAX_QUOTE = 300;

  /** A finding before the cut: the item, its weight, and what the design said (empty: silent). */
  private record Candidate(
      ChecklistItem item, Severity severity, List<Statement> stated, int order) {
    boolean silent() {
      return stated.isEmpty();
    }
  }

  private static final Comparator<Candidate> RANK =
      Comparator.comparing(Candidate::severity)
          .thenComparing(Candidate::silent)
          .thenComparing(c -> c.item().consequence())
          .thenComparingInt(Candidate::order);

  public Review review(String design, ReviewChecklist checklist, Language language) {
    List<ChecklistItem> items = checklist.items();
    Map<ChecklistItem, ItemReading> readings = DesignReading.read(DesignText.of(design), items);
    List<Candidate> stated = new ArrayList<>();
    List<Candidate> silentFindings = new ArrayList<>();
    List<Candidate> silentQuestions = new ArrayList<>();
    Set<String> strengths = new LinkedHashSet<>();
    List<String> notApplicable = new ArrayList<>();
    // Counted by sentence, as the strengths are listed: one sentence can answer two items.
    Set<String> practiceSentences = new LinkedHashSet<>();
    for (int i = 0; i < items.size(); i++) {
      ChecklistItem item = items.get(i);
      ItemReading r = readings.get(item);
      if (r.outOfScope().isPresent() && r.problems().isEmpty()) {
        notApplicable.add(notApplicable(item, r.outOfScope().get(), language));
      } else if (!r.problems().isEmpty()) {
        stated.add(new Candidate(item, item.ifStated(), r.problems(), i));
      } else if (!r.practices().isEmpty()) {
        practiceSentences.add(r.practices().getFirst().sentence().text());
        if (strengths.size() < MAX_STRENGTHS) {
          strengths.add(strength(item, r.practices().getFirst(), language));
        }
      } else if (item.ifSilent().isPresent()) {
        silentFindings.add(new Candidate(item, item.ifSilent().get(), List.of(), i));
      } else {
        silentQuestions.add(new Candidate(item, item.ifStated(), List.of(), i));
      }
    }
    List<Candidate> ranked = new ArrayList<>(stated);
    ranked.addAll(silentFindings);
    ranked.sort(RANK);
    List<Candidate> shown = ranked.subList(0, Math.min(MAX_FINDINGS, ranked.size()));
    List<Candidate> cut = ranked.subList(shown.size(), ranked.size());
    // A silent item cut from the findings is still worth asking about; a stated one is named in
    // the summary, so nothing the design states outright disappears.
    List<Candidate> asked = new ArrayList<>(silentQuestions);
    cut.stream().filter(Candidate::silent).forEach(asked::add);
    asked.sort(
        Comparator.comparing(Candidate::severity)
            .thenComparing(c -> c.item().consequence())
            .thenComparingInt(Candidate::order));
    List<String> questions =
        asked.stream().limit(MAX_QUESTIONS).map(c -> c.item().in(language).question()).toList();
    List<String> alsoStated =
        cut.stream().filter(c -> !c.silent()).map(c -> c.item().in(language).title()).toList();
    List<String> alsoSilent =
        cut.stream()
            .filter(Candidate::silent)
            .filter(c -> !questions.contains(c.item().in(language).question()))
            .map(c -> c.item().in(language).title())
            .toList();
    List<Finding> findings = shown.stream().map(c -> finding(c, language)).toList();
    List<String> quickWins =
        shown.stream()
            .filter(c -> c.severity().compareTo(Severity.HIGH) <= 0)
            .filter(c -> c.item().effort() == Effort.DAYS)
            .limit(MAX_PRIORITIES)
            .map(c -> priority(c, language))
            .toList();
    List<String> longerTerm =
        shown.stream()
            .map(c -> priority(c, language))
            .filter(p -> !quickWins.contains(p))
            .limit(MAX_PRIORITIES)
            .toList();
    String summary =
        OfflineWording.summary(
            language,
            words(design),
            items.size(),
            stated.size(),
            practiceSentences.size(),
            silentFindings.size() + silentQuestions.size(),
            notApplicable.size(),
            alsoStated,
            alsoSilent);
    return new Review(
        summary,
        List.copyOf(strengths),
        findings,
        questions,
        quickWins,
        longerTerm,
        notApplicable,
        Mode.OFFLINE,
        language,
        Optional.empty());
  }

  private static Finding finding(Candidate c, Language language) {
    ChecklistItem.Wording w = c.item().in(language);
    String evidence =
        c.silent()
            ? OfflineWording.silent(language)
            : OfflineWording.says(
                language, c.stated().stream().limit(2).map(s -> quote(s, language)).toList());
    return new Finding(
        c.severity(), c.item().area(), w.title(), evidence, w.recommendation(), c.item().source());
  }

  private static String strength(ChecklistItem item, Statement s, Language language) {
    return item.area().title(language) + " — " + quote(s, language);
  }

  private static String notApplicable(ChecklistItem item, Statement scope, Language language) {
    return OfflineWording.notApplicable(
        language, item.in(language).title(), quote(scope, language));
  }

  private static String priority(Candidate c, Language language) {
    ChecklistItem.Wording w = c.item().in(language);
    return "[%s] %s%s"
        .formatted(
            c.severity().label(language),
            w.title(),
            w.recommendation().isEmpty()
                ? ""
                : separator(w.title(), language) + w.recommendation());
  }

  /** A title that is a question (an older checklist's) reads best followed by a space alone. */
  private static String separator(String title, Language language) {
    if (title.endsWith("?")) {
      return " ";
    }
    return language == Language.FR ? " : " : ": ";
  }

  /**
   * The sentence, quoted in the reader's language; a long one is cut around the phrase that
   * matched, so the quote shows what the finding is about.
   */
  static String quote(Statement s, Language language) {
    String text = s.sentence().text();
    if (text.length() > MAX_QUOTE) {
      int at =
          Math.max(0, s.sentence().folded().indexOf(DesignText.fold(s.phrase()).split(" ")[0]));
      int from = at < MAX_QUOTE - 60 ? 0 : Math.max(0, text.lastIndexOf(' ', at - 40) + 1);
      int to = Math.min(text.length(), from + MAX_QUOTE - 20);
      int end = to == text.length() ? to : Math.max(from + 1, text.lastIndexOf(' ', to));
      text =
          (from > 0 ? "…" : "")
              + text.substring(from, end).strip()
              + (end < text.length() ? "…" : "");
    }
    return language == Language.FR ? "« " + text + " »" : "\"" + text + "\"";
  }

  private static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
