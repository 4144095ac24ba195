package dev.platformconsultant.slack;

/**
 * A Slack thread to answer in: a channel's thread, a DM thread, or an assistant-pane thread, and
 * the person who asked.
 */
record ThreadTarget(String channel, String threadTs, String user, boolean assistantThread) {
  /** The conversation key: requests in one thread are answered one at a time, in order. */
  String conversation() {
    return channel + ":" + threadTs;
  }
}
