package dev.platformconsultant.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.middleware.builtin.Assistant;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's assistant pane: a greeting with suggested prompts when a thread starts. Its questions are
 * answered as in any thread ({@link QuestionHandlers}); their reply shows the pane's status while
 * the answer is written and titles the thread after its first question.
 */
final class AssistantPaneHandlers {
  private static final Logger log = LoggerFactory.getLogger(AssistantPaneHandlers.class);
  static final String GREETING =
      "Hi! I'm your Platform Engineering consultant. Ask me anything about your platform, in French or English.";

  private final QuestionHandlers questions;
  private final EventDeduplicator dedup;
  private final SlackApi api;
  private final ExecutorService executor;

  AssistantPaneHandlers(
      QuestionHandlers questions, EventDeduplicator dedup, SlackApi api, ExecutorService executor) {
    this.questions = questions;
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
          ask(
              ctx,
              e.getUser(),
              new QuestionHandlers.Said(e.getText(), e.getFiles(), e.getTs(), e.getThreadTs()));
        });
    assistant.userMessageWithFiles(
        (req, ctx) -> {
          MessageFileShareEvent e = req.getEvent();
          if (!QuestionHandlers.isPerson(null, e.getUser(), ctx.getBotUserId())
              || !dedup.firstTime(req.getEventId())) {
            return;
          }
          ask(
              ctx,
              e.getUser(),
              new QuestionHandlers.Said(e.getText(), e.getFiles(), e.getTs(), e.getThreadTs()));
        });
    // The bot's own messages in its threads: nothing to do (the middleware needs a handler).
    assistant.botMessage((req, ctx) -> {});
    app.use(assistant);
  }

  /** A question in the pane, answered as in any thread, with the pane's status and title. */
  private void ask(EventContext ctx, String user, QuestionHandlers.Said said) {
    String threadTs = ctx.getThreadTs() != null ? ctx.getThreadTs() : said.thread();
    if (HelpMessage.asksForAssessment(said.text())) {
      // A form opens on a click only (it needs a trigger_id): offer the button.
      boolean french =
          SlashCommandHandlers.AssessCommand.parse(said.text().strip())
              .map(c -> c.language() == dev.platformconsultant.text.Language.FR)
              .orElse(false);
      var language =
          french
              ? dev.platformconsultant.text.Language.FR
              : dev.platformconsultant.text.Language.EN;
      try {
        api.post(
            ctx.getChannelId(),
            threadTs,
            new SlackMessage(
                french ? "Évaluation de la plateforme" : "Platform assessment",
                List.of(
                    com.slack.api.model.block.Blocks.section(
                        sec ->
                            sec.text(
                                com.slack.api.model.block.composition.BlockCompositions
                                    .markdownText(
                                        french
                                            ? "L'évaluation prend environ 5 minutes : les 5 métriques DORA, les 5 aspects du modèle de maturité de la CNCF et, si vous voulez, vos capacités. Vous obtenez les scores face aux données publiées par DORA, des graphiques et un rapport."
                                            : "The assessment takes about 5 minutes: the 5 DORA metrics, the 5 aspects of the CNCF maturity model and, if you like, your capabilities. You get the scores against DORA's published data, charts and a report."))),
                    HelpMessage.assessButton(language))));
      } catch (SlackApiFailure e) {
        log.warn("assistant pane: the assessment button was not posted: {}", e.getMessage());
      }
      return;
    }
    questions.ask(
        Request.Entry.ASSISTANT_PANE,
        new ThreadTarget(ctx.getChannelId(), threadTs, user, true),
        // Every pane message is in a thread: its history is read.
        new QuestionHandlers.Said(said.text(), said.files(), said.ts(), threadTs),
        ctx.getBotUserId(),
        ctx.getBotId());
  }
}
