package dev.platformconsultant.assessment;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A team's answer to one question.
 *
 * @param choice the 1-based number of the choice (for a percentage, the nearest of the choices
 *     offered, as DORA's Quick Check offers 0%, 10%… 100%)
 * @param value the number answered, in the question's unit: a percentage, or a measured lead time
 *     in hours; empty when a choice was picked
 * @param measured whether the value was measured from the team's tools rather than reported
 */
public record Answer(String questionId, int choice, OptionalDouble value, boolean measured) {
  public Answer {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(value, "value");
    if (choice < 1) {
      throw new IllegalArgumentException("choices are numbered from 1: " + choice);
    }
    if (measured && value.isEmpty()) {
      throw new IllegalArgumentException(questionId + ": a measured answer needs its value");
    }
  }

  /** A choice picked by the team. */
  public static Answer reported(String questionId, int choice) {
    return new Answer(questionId, choice, OptionalDouble.empty(), false);
  }

  /** A number given by the team, or measured, falling in {@code question}'s choice. */
  public static Answer value(Question question, double value, boolean measured) {
    int choice =
        question
            .numberForValue(value)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "%s: %s is outside every range".formatted(question.id(), value)));
    return new Answer(question.id(), choice, OptionalDouble.of(value), measured);
  }
}
