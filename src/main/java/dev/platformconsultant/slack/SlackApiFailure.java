package dev.platformconsultant.slack;

/**
 * A Slack Web API call that failed: an {@code ok:false} answer (with its error code) or an I/O
 * error.
 */
public final class SlackApiFailure extends RuntimeException {
  private final String error;

  SlackApiFailure(String method, String error, Throwable cause) {
    super(method + " failed: " + error, cause);
    this.error = error;
  }

  /** Slack's error code ({@code channel_not_found}, {@code msg_too_long}, …) or the I/O problem. */
  public String error() {
    return error;
  }
}
