package dev.platformconsultant.slack;

import java.util.List;

/**
 * An answer being shown while it is written: text streamed into it, then the final messages, or an
 * apology. Implementations decide how much of this the surface can show (a thread can stream; a
 * slash command's response_url only takes whole messages).
 */
interface Progress {
  /** More of the answer's text, as the model writes it. */
  void append(String delta);

  /** The final messages: the first in place of whatever was shown, the rest after it. */
  void finish(List<SlackMessage> messages);

  /** The work failed: the apology replaces whatever was shown. */
  void fail(SlackMessage apology);

  /**
   * Gives the answer up (the process is stopping): what was shown stays, followed by {@code note}.
   * False when the answer was already being finished.
   */
  boolean abandon(String note);
}
