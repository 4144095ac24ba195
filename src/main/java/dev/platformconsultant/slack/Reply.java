package dev.platformconsultant.slack;

/**
 * Where a request's answer goes, whatever the entry it came by: a Slack thread ({@link
 * ThreadReply}) or a slash command's response_url ({@link ResponseUrlReply}). The request pipeline
 * talks only to this, so every entry gets the same notices, refusals and apologies.
 */
interface Reply {
  /** Requests of one conversation are answered one at a time, in order. */
  String conversation();

  /** The channel the request came from (usage is counted per channel). */
  String channel();

  /** Tells the asker alone why the request is refused. */
  void refuse(String reason);

  /** Small print in the conversation before the answer (secrets redacted, a file not read). */
  void note(String mrkdwn);

  /**
   * Shows at once that {@code work} (already redacted) has started; the answer then goes to the
   * returned progress.
   */
  Progress start(Request.Work work);

  /** Shares a text file beside the answer (an ADR draft as Markdown), where the surface can. */
  void share(String filename, String title, String content);

  /**
   * Shares files beside the answer in one message (an assessment's charts and report), where the
   * surface can; says so in the conversation when they could not be shared.
   */
  void share(java.util.List<SharedFile> files);
}
