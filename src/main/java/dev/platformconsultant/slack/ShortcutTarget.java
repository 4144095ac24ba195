package dev.platformconsultant.slack;

import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.model.Message;

/** Where a message shortcut answers: in the thread of the message it was used on. */
final class ShortcutTarget {
  private ShortcutTarget() {}

  static ThreadTarget of(MessageShortcutPayload p) {
    Message m = p.getMessage();
    String threadTs = m.getThreadTs() != null ? m.getThreadTs() : m.getTs();
    return new ThreadTarget(p.getChannel().getId(), threadTs, p.getUser().getId(), false);
  }
}
