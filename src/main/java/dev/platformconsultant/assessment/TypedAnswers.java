package dev.platformconsultant.assessment;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads an answer typed by a person or written in a file: a choice's number or id, or for a
 * percentage question a number from 0 to 100 (with or without "%", a decimal comma allowed).
 */
public final class TypedAnswers {
  private TypedAnswers() {}

  /**
   * @param field named in the error ({@code answers.change_lead_time})
   * @throws InvalidAnswersException naming the field and what it accepts
   */
  public static Answer parse(Question q, String typed, String field)
      throws InvalidAnswersException {
    String text = typed == null ? "" : typed.strip();
    if (q.kind() == Question.Kind.PERCENT) {
      String number = text.replace("%", "").replace(',', '.').strip();
      try {
        double p = Double.parseDouble(number);
        if (p >= 0 && p <= 100) {
          return Answer.value(q, p, false);
        }
      } catch (NumberFormatException e) {
        // said below, with what the field accepts
      }
    } else {
      try {
        int n = Integer.parseInt(text);
        if (n >= 1 && n <= q.choices().size()) {
          return Answer.reported(q.id(), n);
        }
      } catch (NumberFormatException e) {
        Optional<Integer> n = q.numberOf(text.toLowerCase(Locale.ROOT));
        if (n.isPresent()) {
          return Answer.reported(q.id(), n.get());
        }
      }
    }
    throw new InvalidAnswersException(
        field,
        "'%s' is not an answer; it accepts %s"
            .formatted(text.length() > 40 ? text.substring(0, 40) + "…" : text, q.accepts()));
  }
}
