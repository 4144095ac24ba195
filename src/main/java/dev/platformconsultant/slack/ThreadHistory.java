package dev.platformconsultant.slack;

import com.slack.api.model.Message;
import dev.platformconsultant.model.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * A Slack thread as conversation turns: the bot's own earlier answers as the assistant's turns,
 * everyone else's messages as user turns (prefixed with who wrote them, since threads have many
 * people). The prompt budget trims it later; here it is only bounded in count.
 */
final class ThreadHistory {
  static final int MAX_MESSAGES = 100;

  private final SlackApi api;

  ThreadHistory(SlackApi api) {
    this.api = api;
  }

  /** The thread's turns before {@code currentTs}, oldest first. */
  List<Turn> before(
      String channel, String threadTs, String currentTs, String botUserId, String botId) {
    List<Turn> turns = new ArrayList<>();
    for (Message m : api.replies(channel, threadTs, MAX_MESSAGES)) {
      if (m.getTs() == null || m.getTs().equals(currentTs) || compare(m.getTs(), currentTs) > 0) {
        continue;
      }
      boolean ours =
          (botUserId != null && botUserId.equals(m.getUser()))
              || (botId != null && botId.equals(m.getBotId()));
      String text = SlackText.question(m.getText(), botUserId);
      if (text.isBlank() || (ours && text.startsWith(ThreadReply.PLACEHOLDER_PREFIX))) {
        continue;
      }
      turns.add(
          ours
              ? Turn.assistant(text)
              : Turn.user(m.getUser() == null ? text : "<@" + m.getUser() + ">: " + text));
    }
    return turns;
  }

  /** Slack timestamps are seconds.micros strings; compare them as numbers. */
  private static int compare(String a, String b) {
    if (b == null) {
      return -1;
    }
    return new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(b));
  }
}
