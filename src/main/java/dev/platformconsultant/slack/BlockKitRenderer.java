package dev.platformconsultant.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.platformconsultant.adr.AdrDraft;
import dev.platformconsultant.consultant.Answer;
import dev.platformconsultant.consultant.SourceRef;
import dev.platformconsultant.review.Review;
import dev.platformconsultant.review.ReviewMarkdown;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

/**
 * Renders Markdown (an answer, a review, a draft) as Slack messages: sections of mrkdwn within
 * Slack's limits, split cleanly between paragraphs and lines and never inside a code block, with
 * the sources in a context block and feedback buttons under the last message. Thread-safe.
 */
public final class BlockKitRenderer {
  public static final String ACTION_HELPFUL = "feedback_helpful";
  public static final String ACTION_NOT_HELPFUL = "feedback_not_helpful";

  /** Room left in the last message for the footer (warning, sources, buttons). */
  private static final int FOOTER_BLOCKS = 3;

  private static final int FALLBACK_TEXT = 300;

  private final Parser parser =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private final MrkdwnWriter writer = new MrkdwnWriter();

  /**
   * An answer with its sources and feedback buttons; {@code questionId} goes in the buttons' value.
   */
  public List<SlackMessage> answer(Answer answer, String questionId) {
    List<LayoutBlock> footer = new ArrayList<>();
    answer
        .warning()
        .ifPresent(
            w -> footer.add(context(List.of(markdownText(":warning: " + MrkdwnWriter.escape(w))))));
    if (!answer.sources().isEmpty()) {
      footer.add(sources(answer.sources()));
    }
    footer.add(feedbackButtons(questionId));
    return messages(answer.markdown(), footer);
  }

  /**
   * A design review with its feedback buttons carrying {@code feedbackId}. A fall-back warning is
   * in the review's own text (ReviewMarkdown puts it first), so the footer only says how the review
   * was made.
   */
  public List<SlackMessage> review(Review review, String feedbackId) {
    String how =
        review.mode() == dev.platformconsultant.model.Mode.LLM
            ? "Review written by the LLM against the design-review checklist."
            : review.warning().isPresent()
                ? "Checklist review: the LLM's review could not be used (see above)."
                : "Offline review: checklist matching, no LLM configured.";
    return messages(
        ReviewMarkdown.render(review),
        List.of(context(List.of(markdownText(how))), feedbackButtons(feedbackId)));
  }

  private static LayoutBlock feedbackButtons(String id) {
    return actions(
        "feedback",
        List.of(
            button(b -> b.actionId(ACTION_HELPFUL).text(plainText(":thumbsup: Helpful")).value(id)),
            button(
                b ->
                    b.actionId(ACTION_NOT_HELPFUL)
                        .text(plainText(":thumbsdown: Not helpful"))
                        .value(id))));
  }

  public static final String ACTION_ADR_SAVE = "adr_save";
  public static final String ACTION_ADR_REGENERATE = "adr_regenerate";

  /**
   * An ADR draft: the record as it would be saved (its YAML front matter shown as a line), with
   * "Save to ADR log" and "Regenerate" buttons carrying {@code draftId}.
   */
  public List<SlackMessage> adr(AdrDraft draft, String file, String draftId) {
    String body = file.replaceFirst("(?s)^---\\n.*?\\n---\\n", "");
    List<LayoutBlock> footer = new ArrayList<>();
    draft
        .warning()
        .ifPresent(
            w -> footer.add(context(List.of(markdownText(":warning: " + MrkdwnWriter.escape(w))))));
    String meta =
        "*Status:* %s · *Date:* %s%s · %s"
            .formatted(
                MrkdwnWriter.escape(draft.status()),
                draft.date(),
                (draft.decisionMakers().isEmpty()
                        ? ""
                        : " · *Decision-makers:* " + String.join(", ", draft.decisionMakers()))
                    + (draft.consulted().isEmpty()
                        ? ""
                        : " · *Consulted:* " + String.join(", ", draft.consulted())),
                draft.mode() == dev.platformconsultant.model.Mode.LLM
                    ? "drafted by the LLM"
                    : "offline draft, to complete");
    footer.add(context(List.of(markdownText(meta))));
    footer.add(
        actions(
            "adr",
            List.of(
                button(
                    b ->
                        b.actionId(ACTION_ADR_SAVE)
                            .style("primary")
                            .text(plainText("Save to ADR log"))
                            .value(draftId)),
                button(
                    b ->
                        b.actionId(ACTION_ADR_REGENERATE)
                            .text(plainText("Regenerate"))
                            .value(draftId)))));
    return messages(body, footer);
  }

  /** Markdown as one or more messages, with {@code footer} blocks closing the last one. */
  public List<SlackMessage> messages(String markdown, List<LayoutBlock> footer) {
    List<LayoutBlock> body = blocks(markdown);
    String fallback = fallbackText(markdown);
    List<SlackMessage> messages = new ArrayList<>();
    List<LayoutBlock> current = new ArrayList<>();
    int chars = 0;
    for (LayoutBlock block : body) {
      int size = textLength(block);
      if (!current.isEmpty()
          && (current.size() + 1 > SlackLimits.BLOCKS_PER_MESSAGE - FOOTER_BLOCKS
              || chars + size > SlackLimits.MESSAGE_TEXT - 4 * SlackLimits.SECTION_TEXT)) {
        messages.add(new SlackMessage(messages.isEmpty() ? fallback : "(continued)", current));
        current = new ArrayList<>();
        chars = 0;
      }
      current.add(block);
      chars += size;
    }
    current.addAll(footer);
    messages.add(new SlackMessage(messages.isEmpty() ? fallback : "(continued)", current));
    return messages;
  }

  /** The streaming view: the text so far in as few sections as fit, no footer. */
  public List<LayoutBlock> partial(String markdownSoFar) {
    List<LayoutBlock> blocks = blocks(markdownSoFar);
    int max = SlackLimits.BLOCKS_PER_MESSAGE - 1;
    return blocks.size() <= max ? blocks : blocks.subList(blocks.size() - max, blocks.size());
  }

  List<LayoutBlock> blocks(String markdown) {
    List<LayoutBlock> blocks = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (MrkdwnWriter.Piece piece : writer.pieces(parser.parse(markdown))) {
      switch (piece.kind()) {
        case TEXT -> {
          for (String part : split(piece.text(), SlackLimits.SECTION_TEXT)) {
            if (!pending.isEmpty()
                && pending.length() + 2 + part.length() > SlackLimits.SECTION_TEXT) {
              blocks.add(mrkdwnSection(pending.toString()));
              pending.setLength(0);
            }
            pending.append(pending.isEmpty() ? "" : "\n\n").append(part);
          }
        }
        case PREFORMATTED -> {
          flush(blocks, pending);
          for (String part : splitLines(piece.text(), SlackLimits.SECTION_TEXT - 8)) {
            blocks.add(mrkdwnSection("```\n" + part + "\n```"));
          }
        }
        case DIVIDER -> {
          flush(blocks, pending);
          blocks.add(divider());
        }
      }
    }
    flush(blocks, pending);
    return blocks;
  }

  private static void flush(List<LayoutBlock> blocks, StringBuilder pending) {
    if (!pending.isEmpty()) {
      blocks.add(mrkdwnSection(pending.toString()));
      pending.setLength(0);
    }
  }

  private static SectionBlock mrkdwnSection(String text) {
    return section(s -> s.text(markdownText(text)));
  }

  private static LayoutBlock sources(List<SourceRef> sources) {
    List<ContextBlockElement> elements = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (SourceRef s : sources) {
      lines.add(
          "[%d] %s › %s `%s`"
              .formatted(
                  s.number(),
                  MrkdwnWriter.escape(s.title()),
                  MrkdwnWriter.escape(s.heading()),
                  s.id()));
    }
    // One element per source reads best; past the context block's ten elements they share the last.
    int max = SlackLimits.CONTEXT_ELEMENTS - 1;
    elements.add(markdownText("*Sources*"));
    for (int i = 0; i < lines.size(); i++) {
      if (i < max - 1 || lines.size() <= max) {
        elements.add(markdownText(lines.get(i)));
      } else {
        elements.add(markdownText(String.join("\n", lines.subList(i, lines.size()))));
        break;
      }
    }
    return context(c -> c.blockId("sources").elements(elements));
  }

  /**
   * Splits mrkdwn at paragraph, then line, then sentence boundaries, each part at most {@code max}.
   */
  static List<String> split(String text, int max) {
    List<String> parts = new ArrayList<>();
    String rest = text;
    while (rest.length() > max) {
      String head = rest.substring(0, max);
      int cut = head.lastIndexOf("\n\n");
      if (cut < max / 3) {
        cut = head.lastIndexOf('\n');
      }
      if (cut < max / 3) {
        cut = head.lastIndexOf(". ") + 1;
      }
      if (cut < max / 3) {
        cut = head.lastIndexOf(' ');
      }
      if (cut < max / 3) {
        cut = max;
      }
      parts.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    if (!rest.isBlank()) {
      parts.add(rest);
    }
    return parts;
  }

  /** Splits preformatted text between lines (a line longer than {@code max} is cut). */
  static List<String> splitLines(String text, int max) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      while (line.length() > max) {
        if (!current.isEmpty()) {
          parts.add(current.toString());
          current.setLength(0);
        }
        parts.add(line.substring(0, max));
        line = line.substring(max);
      }
      if (!current.isEmpty() && current.length() + 1 + line.length() > max) {
        parts.add(current.toString());
        current.setLength(0);
      }
      current.append(current.isEmpty() ? "" : "\n").append(line);
    }
    if (!current.isEmpty()) {
      parts.add(current.toString());
    }
    return parts;
  }

  private static int textLength(LayoutBlock block) {
    if (block instanceof SectionBlock section
        && section.getText() instanceof MarkdownTextObject text) {
      return text.getText().length();
    }
    return 0;
  }

  /** The notification text: the message's words without Markdown, cut at a word. */
  private static String fallbackText(String markdown) {
    String flat =
        markdown
            .replaceAll("\\[([^\\]]+)]\\(([^)]+)\\)", "$1")
            .replaceAll("(?m)^\\s{0,3}#{1,6}\\s+", "")
            .replaceAll("[*_`>|]", "")
            .replaceAll("\\s+", " ")
            .strip();
    if (flat.length() <= FALLBACK_TEXT) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', FALLBACK_TEXT - 1);
    return flat.substring(0, cut > FALLBACK_TEXT / 2 ? cut : FALLBACK_TEXT - 1) + "…";
  }
}
