package dev.platformconsultant.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.bolt.util.Responder;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An answer to a slash command, through its response_url: visible in the channel, headed by who
 * asked what (a slash command's own text is seen by nobody else), with the notices in its first
 * message. A response_url takes whole messages only, so nothing streams; refusals and apologies are
 * ephemeral.
 */
final class ResponseUrlReply implements Reply {
  private static final Logger log = LoggerFactory.getLogger(ResponseUrlReply.class);
  private static final int MAX_ASKED_CHARS = 2500;

  private final Responder responder;
  private final String channel;
  private final String user;
  private final String conversation = "slash:" + UUID.randomUUID();
  private final List<String> notes = new CopyOnWriteArrayList<>();

  /**
   * @param user who ran the command, named above the answer
   */
  ResponseUrlReply(Responder responder, String channel, String user) {
    this.responder = responder;
    this.channel = channel;
    this.user = user;
  }

  @Override
  public String conversation() {
    return conversation;
  }

  @Override
  public String channel() {
    return channel;
  }

  @Override
  public void refuse(String reason) {
    ephemeral(reason);
  }

  @Override
  public void note(String mrkdwn) {
    notes.add(mrkdwn);
  }

  @Override
  public Progress start(Request.Work work) {
    String askedLine = asked(work);
    return new Progress() {
      @Override
      public void append(String delta) {}

      @Override
      public void finish(List<SlackMessage> messages) {
        for (int i = 0; i < messages.size(); i++) {
          List<LayoutBlock> blocks = new ArrayList<>(messages.get(i).blocks());
          if (i == 0) {
            List<LayoutBlock> head = new ArrayList<>();
            head.add(context(List.of(markdownText(askedLine))));
            notes.forEach(n -> head.add(context(List.of(markdownText(n)))));
            blocks.addAll(0, head);
          }
          String fallback = messages.get(i).text();
          send(r -> r.responseType("in_channel").text(fallback).blocks(blocks));
        }
      }

      @Override
      public void fail(SlackMessage apology) {
        ephemeral(apology.text());
      }

      @Override
      public boolean abandon(String note) {
        ephemeral(note);
        return true;
      }
    };
  }

  @Override
  public void share(String filename, String title, String content) {
    log.debug("a response_url cannot carry the file {}; its content is in the message", filename);
  }

  @Override
  public void share(List<SharedFile> files) {
    log.debug("a response_url cannot carry {} files", files.size());
  }

  /** Who asked what, above the answer: the work is already redacted. */
  private String asked(Request.Work work) {
    return switch (work) {
      case Request.Ask ask ->
          "<@%s> asked: %s".formatted(user, MrkdwnWriter.escape(abbreviate(ask.question().text())));
      case Request.ReviewDesign review -> "<@%s> asked for a design review".formatted(user);
      case Request.DraftAdr adr ->
          "<@%s> asked for an ADR draft: *%s*"
              .formatted(user, MrkdwnWriter.escape(adr.request().title()));
      case Request.RunAssessment run ->
          "<@%s> ran a platform assessment of *%s*"
              .formatted(user, MrkdwnWriter.escape(run.answers().team()));
      case Request.WriteAudit audit ->
          "<@%s> asked for an audit of *%s*".formatted(user, MrkdwnWriter.escape(audit.team()));
      case Request.DrawRoadmap roadmap -> "<@%s> asked for a roadmap".formatted(user);
      case Request.MakeBusinessCase bc -> "<@%s> asked for a business case".formatted(user);
    };
  }

  private static String abbreviate(String text) {
    return text.length() <= MAX_ASKED_CHARS ? text : text.substring(0, MAX_ASKED_CHARS - 1) + "…";
  }

  private void ephemeral(String text) {
    send(r -> r.responseType("ephemeral").text(text));
  }

  private void send(
      com.slack.api.RequestConfigurator<
              com.slack.api.app_backend.slash_commands.response.SlashCommandResponse
                  .SlashCommandResponseBuilder>
          message) {
    try {
      WebhookResponse response = responder.sendToCommand(message);
      if (response.getCode() != 200) {
        throw new SlackApiFailure("response_url", "HTTP " + response.getCode(), null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("response_url: " + e.getMessage(), e);
    }
  }
}
