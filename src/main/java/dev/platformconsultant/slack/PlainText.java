package dev.platformconsultant.slack;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;

/** A message reduced to its mrkdwn text, for when Slack refuses the blocks. */
final class PlainText {
  private PlainText() {}

  static String of(SlackMessage message) {
    StringBuilder out = new StringBuilder();
    for (LayoutBlock block : message.blocks()) {
      if (block instanceof SectionBlock s && s.getText() != null) {
        out.append(s.getText().getText()).append("\n\n");
      } else if (block instanceof ContextBlock c) {
        c.getElements()
            .forEach(
                e -> {
                  if (e instanceof MarkdownTextObject m) {
                    out.append(m.getText()).append('\n');
                  }
                });
      }
    }
    String text = out.isEmpty() ? message.text() : out.toString().strip();
    return text.length() <= SlackLimits.MESSAGE_TEXT
        ? text
        : text.substring(0, SlackLimits.MESSAGE_TEXT - 20) + "\n…(cut)";
  }
}
