package dev.platformconsultant.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.model.File;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import dev.platformconsultant.model.Question;
import dev.platformconsultant.model.Turn;
import java.util.List;
import java.util.Optional;

/**
 * Questions asked in threads: mentions in channels, direct messages, and messages with files (in
 * DMs and the assistant pane). Each is acknowledged at once and answered in its thread, one at a
 * time per thread. Edits, deletions and bots' messages are acknowledged and never answered.
 */
final class QuestionHandlers {
  private final Conversations conversations;
  private final RequestPipeline pipeline;
  private final AttachedFiles files;
  private final ThreadHistory history;
  private final EventDeduplicator dedup;
  private final SlackMessage help;

  private final EngagementHandlers engagement;

  QuestionHandlers(
      Conversations conversations,
      RequestPipeline pipeline,
      AttachedFiles files,
      ThreadHistory history,
      EventDeduplicator dedup,
      SlackMessage help,
      EngagementHandlers engagement) {
    this.engagement = engagement;
    this.conversations = conversations;
    this.pipeline = pipeline;
    this.files = files;
    this.history = history;
    this.dedup = dedup;
    this.help = help;
  }

  void register(App app) {
    app.event(
        AppMentionEvent.class,
        (payload, ctx) -> {
          AppMentionEvent e = payload.getEvent();
          if (e.getBotId() == null) {
            take(
                Request.Entry.MENTION,
                payload.getEventId(),
                e.getChannel(),
                e.getUser(),
                new Said(e.getText(), e.getFiles(), e.getTs(), e.getThreadTs()),
                ctx);
          }
          return ctx.ack();
        });
    app.event(
        MessageEvent.class,
        (payload, ctx) -> {
          MessageEvent e = payload.getEvent();
          if ("im".equals(e.getChannelType()) && e.getBotId() == null) {
            take(
                Request.Entry.DIRECT_MESSAGE,
                payload.getEventId(),
                e.getChannel(),
                e.getUser(),
                new Said(e.getText(), e.getFiles(), e.getTs(), e.getThreadTs()),
                ctx);
          }
          return ctx.ack();
        });
    app.event(
        MessageFileShareEvent.class,
        (payload, ctx) -> {
          MessageFileShareEvent e = payload.getEvent();
          if ("im".equals(e.getChannelType())) {
            take(
                Request.Entry.DIRECT_MESSAGE,
                payload.getEventId(),
                e.getChannel(),
                e.getUser(),
                new Said(e.getText(), e.getFiles(), e.getTs(), e.getThreadTs()),
                ctx);
          }
          return ctx.ack();
        });
    app.event(MessageChangedEvent.class, (payload, ctx) -> ctx.ack());
    app.event(MessageDeletedEvent.class, (payload, ctx) -> ctx.ack());
    app.event(MessageBotEvent.class, (payload, ctx) -> ctx.ack());
  }

  /** A person's message, taken once (Slack retries events it thinks were missed). */
  private void take(
      Request.Entry entry,
      String eventId,
      String channel,
      String user,
      Said said,
      EventContext ctx) {
    if (isPerson(null, user, ctx.getBotUserId()) && dedup.firstTime(eventId)) {
      ask(
          entry,
          new ThreadTarget(channel, said.thread(), user, false),
          said,
          ctx.getBotUserId(),
          ctx.getBotId());
    }
  }

  /**
   * What a person wrote: its text, files and ts, and the ts of the thread it replies in (null for a
   * message that starts one).
   */
  record Said(String text, List<File> files, String ts, String threadTs) {
    boolean inThread() {
      return threadTs != null;
    }

    /** The thread to answer in: the one replied in, or the one this message starts. */
    String thread() {
      return threadTs != null ? threadTs : ts;
    }
  }

  /**
   * Answers {@code said} in {@code target}'s thread, after that thread's earlier questions: files
   * read, access checked, the thread so far read as history.
   */
  void ask(Request.Entry entry, ThreadTarget target, Said said, String botUserId, String botId) {
    ThreadReply reply = conversations.reply(target);
    conversations.submit(
        reply,
        () -> {
          AttachedFiles.Material material =
              files.read(SlackText.question(said.text(), botUserId), said.files());
          Optional<String> refused =
              pipeline.refusal(
                  new Request(
                      entry,
                      target.user(),
                      target.channel(),
                      new Request.Ask(Question.of(material.text()))));
          if (refused.isPresent()) {
            reply.refuse(refused.get());
            return;
          }
          material.unreadableNote().ifPresent(reply::note);
          if (material.text().isBlank()) {
            reply.post(help);
            return;
          }
          Optional<String> audit =
              said.inThread() ? EngagementHandlers.auditTeam(material.text()) : Optional.empty();
          if (audit.isPresent()) {
            engagement.auditThread(
                entry,
                target,
                reply,
                audit.get(),
                history.before(target.channel(), target.threadTs(), said.ts(), botUserId, botId));
            return;
          }
          List<Turn> turns =
              said.inThread()
                  ? history.before(target.channel(), target.threadTs(), said.ts(), botUserId, botId)
                  : List.of();
          if (turns.isEmpty()) {
            reply.title(material.text());
          }
          pipeline.perform(
              new Request(
                  entry,
                  target.user(),
                  target.channel(),
                  new Request.Ask(new Question(material.text(), turns))),
              reply);
        });
  }

  static boolean isPerson(String botId, String user, String botUserId) {
    return botId == null && user != null && !user.equals(botUserId);
  }
}
