package dev.platformconsultant.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.middleware.builtin.Assistant;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import dev.platformconsultant.model.Question;
import dev.platformconsultant.model.Turn;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's assistant pane: a greeting with suggested prompts when a thread starts, the thread's
 * title from its first question, and the pane's status while an answer is written.
 */
final class AssistantPaneHandlers {
  private static final Logger log = LoggerFactory.getLogger(AssistantPaneHandlers.class);
  static final String GREETING =
      "Hi! I'm your Platform Engineering consultant. Ask me anything about your platform, in French or English.";

  private final Conversations conversations;
  private final RequestPipeline pipeline;
  private final QuestionHandlers questions;
  private final ThreadHistory history;
  private final EventDeduplicator dedup;
  private final SlackApi api;
  private final ExecutorService executor;

  AssistantPaneHandlers(
      Conversations conversations,
      RequestPipeline pipeline,
      QuestionHandlers questions,
      ThreadHistory history,
      EventDeduplicator dedup,
      SlackApi api,
      ExecutorService executor) {
    this.conversations = conversations;
    this.pipeline = pipeline;
    this.questions = questions;
    this.history = history;
    this.dedup = dedup;
    this.api = api;
    this.executor = executor;
  }

  void register(App app) {
    Assistant assistant = new Assistant(new AssistantThreadContexts(), executor);
    assistant.threadStarted(
        (req, ctx) -> {
          try {
            api.post(ctx.getChannelId(), ctx.getThreadTs(), SlackMessage.text(GREETING));
            api.setSuggestedPrompts(
                ctx.getChannelId(),
                ctx.getThreadTs(),
                "Try asking",
                HelpMessage.suggestedPrompts());
          } catch (SlackApiFailure e) {
            log.warn("assistant thread start: {}", e.getMessage());
          }
        });
    assistant.userMessage(
        (req, ctx) -> {
          MessageEvent e = req.getEvent();
          if (!QuestionHandlers.isPerson(e.getBotId(), e.getUser(), ctx.getBotUserId())
              || !dedup.firstTime(req.getEventId())) {
            return;
          }
          ThreadTarget target =
              new ThreadTarget(
                  ctx.getChannelId(), threadOf(ctx.getThreadTs(), e), e.getUser(), true);
          ask(target, e, ctx.getBotUserId(), ctx.getBotId());
        });
    assistant.userMessageWithFiles(
        (req, ctx) -> {
          MessageFileShareEvent e = req.getEvent();
          if (!QuestionHandlers.isPerson(null, e.getUser(), ctx.getBotUserId())
              || !dedup.firstTime(req.getEventId())) {
            return;
          }
          String threadTs = ctx.getThreadTs() != null ? ctx.getThreadTs() : e.getThreadTs();
          questions.ask(
              Request.Entry.ASSISTANT_PANE,
              new ThreadTarget(ctx.getChannelId(), threadTs, e.getUser(), true),
              new QuestionHandlers.Said(e.getText(), e.getFiles(), e.getTs(), true),
              ctx.getBotUserId(),
              ctx.getBotId());
        });
    // The bot's own messages in its threads: nothing to do (the middleware needs a handler).
    assistant.botMessage((req, ctx) -> {});
    app.use(assistant);
  }

  private void ask(ThreadTarget target, MessageEvent e, String botUserId, String botId) {
    ThreadReply reply = conversations.reply(target);
    String question = SlackText.question(e.getText(), botUserId);
    conversations.submit(
        reply,
        () -> {
          Optional<String> refused =
              pipeline.refusal(
                  new Request(
                      Request.Entry.ASSISTANT_PANE,
                      target.user(),
                      target.channel(),
                      new Request.Ask(Question.of(question))));
          if (refused.isPresent()) {
            reply.refuse(refused.get());
            return;
          }
          List<Turn> turns =
              history.before(target.channel(), target.threadTs(), e.getTs(), botUserId, botId);
          if (turns.isEmpty()) {
            title(target, question);
          }
          pipeline.perform(
              new Request(
                  Request.Entry.ASSISTANT_PANE,
                  target.user(),
                  target.channel(),
                  new Request.Ask(new Question(question, turns))),
              reply);
        });
  }

  /** The pane lists threads by title: the first question, cut to what the list shows. */
  private void title(ThreadTarget target, String question) {
    try {
      api.setTitle(
          target.channel(),
          target.threadTs(),
          question.length() > 60 ? question.substring(0, 59) + "…" : question);
    } catch (SlackApiFailure failure) {
      log.debug("title not set: {}", failure.getMessage());
    }
  }

  private static String threadOf(String contextThreadTs, MessageEvent e) {
    return contextThreadTs != null ? contextThreadTs : e.getThreadTs();
  }
}
