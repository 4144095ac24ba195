package dev.platformconsultant.review;

import dev.platformconsultant.model.Mode;
import dev.platformconsultant.text.Language;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The review without an LLM: each checklist item is looked for in the design. A red flag found is a
 * finding quoting the line that shows it; an item the design is silent on is a finding (from medium
 * severity up) or a question (low); an item addressed cleanly is a strength. Honest about what it
 * is: it checks words, not meaning. Thread-safe.
 */
public final class OfflineReviewer {
  /** Findings in these areas are usually fixed in days; the others reshape the architecture. */
  private static final Set<Area> QUICK_AREAS =
      EnumSet.of(Area.SECURITY, Area.OPERABILITY, Area.DELIVERY, Area.COST);

  private static final int MAX_PRIORITIES = 5;
  private static final Pattern LINE_MARK = Pattern.compile("^(?:[-*+•>]|#{1,6}|\\d+[.)])\\s+");

  public Review review(String design, ReviewChecklist checklist, Language language) {
    boolean fr = language == Language.FR;
    String text = design.toLowerCase(Locale.ROOT);
    List<String> strengths = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<String> questions = new ArrayList<>();
    int addressed = 0;
    int flagged = 0;
    int silent = 0;
    for (ChecklistItem item : checklist.items()) {
      Optional<String> redFlag =
          item.redFlags().stream().filter(term -> contains(text, term)).findFirst();
      Optional<String> evidence =
          item.evidence().stream().filter(term -> contains(text, term)).findFirst();
      if (redFlag.isPresent()) {
        flagged++;
        findings.add(
            new Finding(
                item.severityIfMissing().compareTo(Severity.HIGH) > 0
                    ? Severity.HIGH
                    : item.severityIfMissing(),
                item.area(),
                item.question(),
                (fr ? "Le design contient « %s » : %s" : "The design says \"%s\": %s")
                    .formatted(redFlag.get(), quote(design, redFlag.get())),
                item.recommendation(),
                item.source()));
      } else if (evidence.isPresent()) {
        addressed++;
        strengths.add(
            (fr ? "%s — oui (« %s »)" : "%s — yes (\"%s\")")
                .formatted(item.question(), evidence.get()));
      } else if (item.severityIfMissing() == Severity.LOW) {
        silent++;
        questions.add(item.question());
      } else {
        silent++;
        findings.add(
            new Finding(
                item.severityIfMissing(),
                item.area(),
                item.question(),
                fr ? "Le design n'en dit rien." : "The design is silent on this.",
                item.recommendation(),
                item.source()));
      }
    }
    List<Finding> ordered =
        findings.stream().sorted(java.util.Comparator.comparing(Finding::severity)).toList();
    List<String> quickWins =
        ordered.stream()
            .filter(f -> QUICK_AREAS.contains(f.area()))
            .limit(MAX_PRIORITIES)
            .map(OfflineReviewer::priority)
            .toList();
    List<String> longerTerm =
        ordered.stream()
            .filter(f -> !QUICK_AREAS.contains(f.area()))
            .limit(MAX_PRIORITIES)
            .map(OfflineReviewer::priority)
            .toList();
    String summary =
        fr
            ? "Revue hors ligne (aucun LLM) : le design (%d mots) a été confronté aux %d points de la checklist de design review. Il en traite %d, présente %d signal(aux) d'alerte et ne dit rien de %d. Cette revue repère des mots, pas le sens : relisez les constats avec l'équipe."
                .formatted(words(design), checklist.items().size(), addressed, flagged, silent)
            : "Offline review (no LLM): the design (%d words) was checked against the %d items of the design-review checklist. It addresses %d, raises %d red flag(s) and is silent on %d. This review matches words, not meaning: go through the findings with the team."
                .formatted(words(design), checklist.items().size(), addressed, flagged, silent);
    return new Review(
        summary,
        strengths,
        ordered,
        questions,
        quickWins,
        longerTerm,
        Mode.OFFLINE,
        language,
        Optional.empty());
  }

  private static String priority(Finding f) {
    return "[%s] %s%s"
        .formatted(
            f.severity().id(),
            f.title(),
            f.recommendation().isEmpty() ? "" : " " + f.recommendation());
  }

  /**
   * Whole-word match for words, plain substring for terms with punctuation ("password=",
   * "0.0.0.0/0").
   */
  static boolean contains(String lowerText, String term) {
    String t = term.toLowerCase(Locale.ROOT).strip();
    if (t.isEmpty()) {
      return false;
    }
    if (!t.matches("[\\p{L}\\p{N} '-]+")) {
      return lowerText.contains(t);
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(t) + "(?![\\p{L}\\p{N}])")
        .matcher(lowerText)
        .find();
  }

  /**
   * The design's line that contains {@code term}, shortened, without the Markdown that starts it (a
   * bullet or a heading mark reads as part of the quote).
   */
  static String quote(String design, String term) {
    String lowerTerm = term.toLowerCase(Locale.ROOT);
    for (String line : design.split("\n")) {
      if (line.toLowerCase(Locale.ROOT).contains(lowerTerm)) {
        String l = LINE_MARK.matcher(line.strip()).replaceFirst("");
        return "\"" + (l.length() > 160 ? l.substring(0, 157) + "..." : l) + "\"";
      }
    }
    return "";
  }

  private static int words(String text) {
    Matcher m = Pattern.compile("\\S+").matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
