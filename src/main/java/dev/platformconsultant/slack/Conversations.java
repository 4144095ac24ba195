package dev.platformconsultant.slack;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads the bot answers in: a reply for each, the work of each conversation queued one piece
 * at a time, and the thread that a form's answer opens. Thread-safe.
 */
final class Conversations {
  private static final Logger log = LoggerFactory.getLogger(Conversations.class);

  private final SlackApi api;
  private final BlockKitRenderer renderer;
  private final Duration updateInterval;
  private final ConversationQueue queue;

  /**
   * @param updateInterval how often a streaming answer's message is edited
   */
  Conversations(
      SlackApi api, BlockKitRenderer renderer, Duration updateInterval, ConversationQueue queue) {
    this.api = api;
    this.renderer = renderer;
    this.updateInterval = updateInterval;
    this.queue = queue;
  }

  ThreadReply reply(ThreadTarget target) {
    return new ThreadReply(target, api, renderer, updateInterval);
  }

  /** Runs {@code work} off the acknowledging thread, after the conversation's earlier work. */
  void submit(Reply reply, Runnable work) {
    queue.submit(reply, work);
  }

  /**
   * Opens a thread for a form's answer with a visible {@code opening} message in the channel, or in
   * the user's DM when the app cannot post in that channel.
   */
  ThreadReply openThread(String channel, String user, String opening) {
    try {
      String ts = api.post(channel, null, SlackMessage.note(opening));
      return reply(new ThreadTarget(channel, ts, user, false));
    } catch (SlackApiFailure e) {
      log.info("cannot post in {} ({}); answering in a DM", channel, e.error());
      String ts =
          api.post(
              user,
              null,
              SlackMessage.note(opening + " (I am not in that channel, so here it is privately.)"));
      return reply(new ThreadTarget(user, ts, user, false));
    }
  }

  /** Conversations with work queued or running. */
  int active() {
    return queue.active();
  }
}
