package dev.platformconsultant.assessment;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One answer a question offers.
 *
 * @param id stable, for answers files ({@code less_than_one_day})
 * @param label short enough for a Slack option (75 characters)
 * @param detail what the choice means in full (a CNCF level's description), when the label is not
 *     enough
 * @param score what the answer is worth: 0 to 10 for a DORA metric (as the Quick Check scores it),
 *     the level 1 to 4 for a CNCF aspect, the agreement 1 to 5 for a capability
 * @param above a measured value maps to this choice when it is greater than {@code above} (in the
 *     question's unit); empty when the question cannot be measured or the range is open below
 * @param upTo ...and at most {@code upTo}; empty when the range is open above
 */
public record Choice(
    String id,
    Text label,
    Optional<Text> detail,
    double score,
    OptionalDouble above,
    OptionalDouble upTo) {
  public Choice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(detail, "detail");
    if (label.en().length() > 75 || label.fr().length() > 75) {
      throw new IllegalArgumentException(id + ": a choice's label is at most 75 characters");
    }
    Objects.requireNonNull(above, "above");
    Objects.requireNonNull(upTo, "upTo");
  }

  /** Whether a measured {@code value} falls in this choice's range. */
  boolean holds(double value) {
    return (above.isEmpty() || value > above.getAsDouble())
        && (upTo.isEmpty() || value <= upTo.getAsDouble());
  }

  boolean measurable() {
    return above.isPresent() || upTo.isPresent();
  }
}
