package dev.platformconsultant.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

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

  /** A message of one mrkdwn section, its text also the notification text. */
  static SlackMessage text(String mrkdwn) {
    return new SlackMessage(mrkdwn, List.of(section(s -> s.text(markdownText(mrkdwn)))));
  }

  /** A short note in small print (one context block), its text also the notification text. */
  static SlackMessage note(String mrkdwn) {
    return new SlackMessage(mrkdwn, List.of(context(List.of(markdownText(mrkdwn)))));
  }
}
