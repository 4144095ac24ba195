package dev.platformconsultant.assessment;

import dev.platformconsultant.text.Language;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of the assessment, with its choices in the order they are offered.
 *
 * @param id stable, the key in answers files and records ({@code change_lead_time})
 * @param kind whether it is answered with a choice or a percentage
 * @param factor for a DORA metric, {@code throughput} or {@code instability}; empty otherwise
 * @param unit what a measured value is counted in ({@code hours}, {@code percent}); empty when the
 *     question is not measured
 * @param improves for a capability, the DORA metrics its source says it improves
 * @param passages knowledge-base passages (or documents) on improving this area, best first
 * @param source where the question and its choices come from
 */
public record Question(
    String id,
    Section section,
    Kind kind,
    Text name,
    Text text,
    List<Choice> choices,
    Optional<String> factor,
    Optional<Text> unit,
    List<String> improves,
    List<String> passages,
    String source) {
  public Question {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(kind, "kind");
    choices = List.copyOf(choices);
    improves = List.copyOf(improves);
    passages = List.copyOf(passages);
    if (choices.size() < 2) {
      throw new IllegalArgumentException(id + ": a question needs at least two choices");
    }
  }

  /** The choice with this 1-based number. */
  public Choice choice(int number) {
    return choices.get(number - 1);
  }

  /** The 1-based number of the choice with this id, or empty. */
  public Optional<Integer> numberOf(String choiceId) {
    for (int i = 0; i < choices.size(); i++) {
      if (choices.get(i).id().equals(choiceId)) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }

  /** The 1-based number of the choice a value falls in, or empty outside every range. */
  public Optional<Integer> numberForValue(double value) {
    for (int i = 0; i < choices.size(); i++) {
      if (choices.get(i).measurable() && choices.get(i).holds(value)) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }

  public boolean measurable() {
    return unit.isPresent();
  }

  /**
   * The score of an answer: a percentage scores {@code 10 - p / 10} as DORA's Quick Check scores it
   * (0% is 10, 100% is 0); any other answer scores its choice.
   */
  public double score(Answer answer) {
    if (kind == Kind.PERCENT && answer.value().isPresent()) {
      double p = Math.max(0, Math.min(100, answer.value().getAsDouble()));
      return 10 - p / 10;
    }
    return choice(answer.choice()).score();
  }

  /** What an answer to this question may be, for an error message: "1-6 or one of: a, b". */
  public String accepts() {
    if (kind == Kind.PERCENT) {
      return "a percentage from 0 to 100";
    }
    return "1-%d or one of: %s"
        .formatted(choices.size(), String.join(", ", choices.stream().map(Choice::id).toList()));
  }

  public String name(Language language) {
    return name.in(language);
  }

  public String text(Language language) {
    return text.in(language);
  }

  /** How a question is answered. */
  public enum Kind {
    /** One of the choices. */
    CHOICE,
    /**
     * A percentage from 0 to 100; the choices are 0%, 10%… 100%, as in the Quick Check's kiosk
     * mode, for forms that cannot take a number.
     */
    PERCENT
  }
}
