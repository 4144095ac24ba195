package dev.platformconsultant.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * One Slack message: Block Kit blocks and the plain text Slack shows in notifications and where
 * blocks cannot be rendered.
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
  public SlackMessage {
    blocks = List.copyOf(blocks);
  }
}
