package dev.platformconsultant.model;

/**
 * A language model call that failed, grouped by what a caller can do about it. The message is plain
 * words fit for a user; it never holds a key or the prompt.
 */
public final class LanguageModelException extends Exception {

  public enum Kind {
    /** No answer in time: retry later. */
    TIMEOUT(true),
    /** The provider asked us to slow down: retry later. */
    RATE_LIMITED(true),
    /** The provider failed (5xx, connection refused): retry later. */
    UNAVAILABLE(true),
    /**
     * The provider refused the request (bad key, unknown model, bad request): fix configuration.
     */
    REJECTED(false),
    /** The provider answered with something we could not read: retry may help. */
    MALFORMED(true),
    /** A stream started and broke off. */
    INTERRUPTED(true);

    private final boolean retryable;

    Kind(boolean retryable) {
      this.retryable = retryable;
    }

    public boolean retryable() {
      return retryable;
    }
  }

  private final Kind kind;
  private final String partialText;

  public LanguageModelException(Kind kind, String message, String partialText, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.partialText = partialText == null ? "" : partialText;
  }

  public Kind kind() {
    return kind;
  }

  /** Text the model had already streamed before it failed; empty if none. */
  public String partialText() {
    return partialText;
  }
}
