package dev.platformconsultant.review;

import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.review.ChecklistItem.Consequence;
import dev.platformconsultant.review.ChecklistItem.Effort;
import dev.platformconsultant.review.ChecklistItem.Wording;
import dev.platformconsultant.text.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checklist a design is reviewed against, read from the knowledge base's {@code
 * design-review-checklist} document (so a team extends it by overriding that file): one item per
 * {@code ###} heading under an area's {@code ##}, with bold-labelled lines:
 *
 * <pre>
 * ### Backups and restore                       the title (a finding's title)
 * **Title (fr):** Sauvegardes et restauration
 * **Question:** How is the data restored ...?   asked when the design is silent
 * **Question (fr):** Comment restaure-t-on ...?
 * **Why it matters:** ...
 * **Evidence of it:** backup, snapshot, PITR, sauvegarde        phrases that state the practice
 * **Red flags:** no backup, single copy                          phrases that state a problem
 * **Not applicable when:** no persistent data                    in the design's scope
 * **If missing:** critical. Enable automated backups ...        severity when stated, recommendation
 * **Recommendation (fr):** Activez les sauvegardes ...
 * **If silent:** high                                            a severity, or "question"
 * **Effort:** days                                               days (a quick win) or weeks
 * **Consequence:** data loss                                     data loss, security breach, outage
 * </pre>
 *
 * Only the title, evidence and "If missing" are required: an older checklist whose headings are
 * questions still reads (the heading is then the question, and silence weighs as much as a stated
 * problem, a low one being asked as a question). Phrases are separated by commas; "a + b" needs
 * both in one sentence. An item without evidence phrases is skipped: it cannot be checked.
 */
public final class ReviewChecklist {
  public static final String DOCUMENT = "design-review-checklist";
  private static final Pattern LABEL = Pattern.compile("^\\*\\*([^*]+?)\\s*:\\s*\\*\\*\\s*(.*)$");
  private static final Pattern SEVERITY_PREFIX =
      Pattern.compile("(?i)^(critical|high|medium|low)\\b[\\s.,;:—–-]*");

  private final List<ChecklistItem> items;

  private ReviewChecklist(List<ChecklistItem> items) {
    this.items = List.copyOf(items);
  }

  List<ChecklistItem> items() {
    return items;
  }

  /** One item as a reader sees it: its area, its title and the question it asks the team. */
  public record Question(String area, String title, String question, String source) {}

  /** The items' questions in {@code language} (English where an item has no French), in order. */
  public List<Question> questions(Language language) {
    return items.stream()
        .map(
            i ->
                new Question(
                    i.area().title(language),
                    i.in(language).title(),
                    i.in(language).question(),
                    i.source()))
        .toList();
  }

  /**
   * How long fixing an item's problem takes, as the checklist says ({@code days} or {@code weeks}),
   * by the item's passage id; empty for an id that is not an item.
   */
  public Optional<String> effort(String source) {
    return items.stream()
        .filter(i -> i.source().equals(source))
        .findFirst()
        .map(i -> i.effort().name().toLowerCase(Locale.ROOT));
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

  static Optional<ChecklistItem> parse(Area area, String title, String text, String source) {
    if (area == null) {
      return Optional.empty();
    }
    Map<String, String> labels = new java.util.HashMap<>();
    for (String line : text.split("\n")) {
      Matcher m = LABEL.matcher(line.strip());
      if (m.find()) {
        labels.putIfAbsent(m.group(1).strip().toLowerCase(Locale.ROOT), m.group(2).strip());
      }
    }
    List<String> evidence = terms(labels.get("evidence of it"));
    if (evidence.isEmpty()) {
      return Optional.empty();
    }
    String ifMissing = labels.getOrDefault("if missing", "");
    Severity stated = Severity.parse(ifMissing).orElse(Severity.MEDIUM);
    String recommendation = SEVERITY_PREFIX.matcher(ifMissing).replaceFirst("").strip();
    Map<Language, Wording> wording = new EnumMap<>(Language.class);
    wording.put(
        Language.EN, new Wording(title, labels.getOrDefault("question", title), recommendation));
    if (labels.keySet().stream().anyMatch(k -> k.endsWith("(fr)"))) {
      wording.put(
          Language.FR,
          new Wording(
              labels.get("title (fr)"),
              labels.get("question (fr)"),
              labels.get("recommendation (fr)")));
    }
    return Optional.of(
        new ChecklistItem(
            area,
            wording,
            labels.getOrDefault("why it matters", ""),
            Phrase.all(evidence),
            Phrase.all(terms(labels.get("red flags"))),
            Phrase.all(terms(labels.get("not applicable when"))),
            stated,
            silent(labels.get("if silent"), stated),
            effort(labels.get("effort"), area),
            consequence(labels.get("consequence"), area),
            source));
  }

  /**
   * Without an "If silent" line (an older checklist), silence weighs as much as a stated problem,
   * and a low one is asked as a question.
   */
  private static Optional<Severity> silent(String value, Severity stated) {
    if (value == null) {
      return stated == Severity.LOW ? Optional.empty() : Optional.of(stated);
    }
    return Severity.parse(value);
  }

  /** Without an "Effort" line, the areas whose fixes usually take days, as before. */
  private static Effort effort(String value, Area area) {
    if (value != null) {
      return value.strip().toLowerCase(Locale.ROOT).startsWith("week") ? Effort.WEEKS : Effort.DAYS;
    }
    return switch (area) {
      case SECURITY, OPERABILITY, DELIVERY, COST -> Effort.DAYS;
      default -> Effort.WEEKS;
    };
  }

  private static Consequence consequence(String value, Area area) {
    String v = value == null ? "" : value.toLowerCase(Locale.ROOT);
    if (v.startsWith("data")) {
      return Consequence.DATA_LOSS;
    }
    if (v.startsWith("security") || v.startsWith("breach")) {
      return Consequence.SECURITY_BREACH;
    }
    if (v.startsWith("outage")) {
      return Consequence.OUTAGE;
    }
    if (!v.isEmpty()) {
      return Consequence.OTHER;
    }
    return switch (area) {
      case SECURITY -> Consequence.SECURITY_BREACH;
      case RELIABILITY -> Consequence.OUTAGE;
      default -> Consequence.OTHER;
    };
  }

  private static List<String> terms(String value) {
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.replaceAll("[\"“”`]", "").split("[,;]"))
        .map(String::strip)
        .map(t -> t.replaceAll("\\.$", ""))
        .filter(t -> !t.isEmpty())
        .toList();
  }
}
