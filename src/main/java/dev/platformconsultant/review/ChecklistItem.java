package dev.platformconsultant.review;

import dev.platformconsultant.text.Language;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of the design-review checklist, as written in the knowledge base (see {@link
 * ReviewChecklist} for the format).
 *
 * @param wording the title, the question for the team and the recommendation, per language; English
 *     is always there, French when the checklist gives it
 * @param evidence phrases that state the practice (a strength, or a problem when negated or
 *     deferred)
 * @param redFlags phrases that state a problem outright
 * @param notApplicableWhen phrases that, in the design's scope, rule the item out
 * @param ifStated the severity when the design states the problem
 * @param ifSilent the severity when the design says nothing, or empty to ask the team instead
 * @param source the passage id of the item, cited by findings
 */
record ChecklistItem(
    Area area,
    Map<Language, Wording> wording,
    String why,
    List<Phrase> evidence,
    List<Phrase> redFlags,
    List<Phrase> notApplicableWhen,
    Severity ifStated,
    Optional<Severity> ifSilent,
    Effort effort,
    Consequence consequence,
    String source) {

  ChecklistItem {
    Objects.requireNonNull(area, "area");
    wording = Map.copyOf(wording);
    if (!wording.containsKey(Language.EN)) {
      throw new IllegalArgumentException("an item needs its English wording: " + source);
    }
    evidence = List.copyOf(evidence);
    redFlags = List.copyOf(redFlags);
    notApplicableWhen = List.copyOf(notApplicableWhen);
  }

  /** The wording in {@code language}, each part falling back to English when not translated. */
  Wording in(Language language) {
    Wording en = wording.get(Language.EN);
    Wording w = wording.get(language);
    if (w == null || language == Language.EN) {
      return en;
    }
    return new Wording(
        w.title().isBlank() ? en.title() : w.title(),
        w.question().isBlank() ? en.question() : w.question(),
        w.recommendation().isBlank() ? en.recommendation() : w.recommendation());
  }

  /** What a reader sees of an item, in one language. */
  record Wording(String title, String question, String recommendation) {
    Wording {
      title = title == null ? "" : title.strip();
      question = question == null ? "" : question.strip();
      recommendation = recommendation == null ? "" : recommendation.strip();
    }
  }

  /** How long the fix takes: a quick win is a fix in days to a severe problem. */
  enum Effort {
    DAYS,
    WEEKS
  }

  /**
   * The worst plausible consequence, which orders findings of one severity: data loss, then a
   * security breach, then an outage, then the rest (prompts/task-review.md says the same to the
   * model).
   */
  enum Consequence {
    DATA_LOSS,
    SECURITY_BREACH,
    OUTAGE,
    OTHER
  }
}
