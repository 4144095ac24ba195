package dev.platformconsultant.config;

/**
 * A configuration value that stops start-up. The message is one line naming the variable and what
 * it accepts, fit to print as is.
 */
public final class InvalidSettingException extends RuntimeException {
  private final String variable;

  public InvalidSettingException(String variable, String problem) {
    super(variable + ": " + problem);
    this.variable = variable;
  }

  public String variable() {
    return variable;
  }
}
