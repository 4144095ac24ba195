package dev.platformconsultant.review;

import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.Passage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checklist a design is reviewed against, read from the knowledge base's {@code
 * design-review-checklist} document (so a team extends it by overriding that file): one item per
 * {@code ###} question under an area's {@code ##}, with its bold-labelled lines. An item without
 * evidence terms is skipped: it cannot be checked.
 */
public final class ReviewChecklist {
  public static final String DOCUMENT = "design-review-checklist";
  private static final Pattern LABEL =
      Pattern.compile(
          "\\*\\*(Why it matters|Evidence of it|Red flags|If missing):\\*\\*\\s*(.*)",
          Pattern.CASE_INSENSITIVE);

  private final List<ChecklistItem> items;

  private ReviewChecklist(List<ChecklistItem> items) {
    this.items = List.copyOf(items);
  }

  public List<ChecklistItem> items() {
    return items;
  }

  /** The checklist as the knowledge base holds it now; empty if the document is missing. */
  public static ReviewChecklist from(KnowledgeBase knowledge) {
    List<ChecklistItem> items = new ArrayList<>();
    for (Passage p : knowledge.passagesOf(DOCUMENT)) {
      String[] path = p.heading().split(" > ");
      if (path.length < 2) {
        continue;
      }
      Optional<Area> area = Area.parse(path[0]);
      parse(area.orElse(null), path[path.length - 1], p.text(), p.id()).ifPresent(items::add);
    }
    return new ReviewChecklist(items);
  }

  static Optional<ChecklistItem> parse(Area area, String question, String text, String source) {
    if (area == null) {
      return Optional.empty();
    }
    String why = "";
    List<String> evidence = List.of();
    List<String> redFlags = List.of();
    Severity severity = Severity.MEDIUM;
    String recommendation = "";
    for (String line : text.split("\n")) {
      Matcher m = LABEL.matcher(line.strip());
      if (!m.find()) {
        continue;
      }
      String value = m.group(2).strip();
      switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
        case "why it matters" -> why = value;
        case "evidence of it" -> evidence = terms(value);
        case "red flags" -> redFlags = terms(value);
        case "if missing" -> {
          severity = Severity.parse(value).orElse(Severity.MEDIUM);
          recommendation =
              value.replaceFirst("(?i)^(critical|high|medium|low)\\b[\\s.,;:—–-]*", "").strip();
        }
        default -> {}
      }
    }
    if (evidence.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ChecklistItem(
            area, question, why, evidence, redFlags, severity, recommendation, source));
  }

  private static List<String> terms(String value) {
    return Arrays.stream(value.replaceAll("[\"“”`]", "").split("[,;]"))
        .map(String::strip)
        .map(t -> t.replaceAll("\\.$", ""))
        .filter(t -> !t.isEmpty())
        .toList();
  }
}
