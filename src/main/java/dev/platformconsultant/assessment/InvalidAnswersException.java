package dev.platformconsultant.assessment;

/**
 * An answers or metrics file, or a form, that cannot be scored: the message is one line naming the
 * field and what it accepts ("answers.change_lead_time: 9 is not a choice; it accepts 1-6 or one
 * of: …").
 */
public final class InvalidAnswersException extends Exception {
  private final String field;

  public InvalidAnswersException(String field, String problem) {
    super(field.isEmpty() ? problem : field + ": " + problem);
    this.field = field;
  }

  /** The field at fault ({@code answers.change_lead_time}), empty for the file as a whole. */
  public String field() {
    return field;
  }
}
