package dev.platformconsultant.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.model.Conversation;

/** The channel id of an interaction payload, whichever of Slack's two shapes it comes in. */
final class ChannelOf {
  private ChannelOf() {}

  static String payload(Object channel) {
    if (channel instanceof Conversation c) {
      return c.getId();
    }
    if (channel instanceof BlockActionPayload.Channel c) {
      return c.getId();
    }
    return "";
  }
}
