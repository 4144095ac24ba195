package dev.platformconsultant.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.middleware.builtin.Assistant;
import com.slack.api.bolt.service.AssistantThreadContextService;
import com.slack.api.model.File;
import com.slack.api.model.Message;
import com.slack.api.model.assistant.AssistantThreadContext;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import dev.platformconsultant.adr.AdrLog;
import dev.platformconsultant.adr.AdrRequest;
import dev.platformconsultant.adr.AdrTemplate;
import dev.platformconsultant.app.Services;
import dev.platformconsultant.config.SlackSettings;
import dev.platformconsultant.model.Question;
import dev.platformconsultant.model.Task;
import dev.platformconsultant.model.Turn;
import dev.platformconsultant.ops.UsageLog;
import dev.platformconsultant.security.AccessPolicy;
import dev.platformconsultant.security.Redactor;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack adapter: wires Bolt's handlers to the consultant. Each handler parses, hands the work
 * to a virtual thread and acknowledges at once (Slack wants an answer within 3 s and retries
 * otherwise); the work itself lives in {@link ThreadResponder}. Knows the transport not at all:
 * {@link SlackRunner} serves this app over Socket Mode or HTTP.
 */
public final class ConsultantSlackApp {
  private static final Logger log = LoggerFactory.getLogger(ConsultantSlackApp.class);
  static final String SHORTCUT_REVIEW = "review_design";
  static final String SHORTCUT_ADR = "draft_adr";

  /** How often a streaming answer's message is updated: Slack allows about one update a second. */
  static final Duration LIVE_UPDATE_INTERVAL = Duration.ofMillis(1100);

  private final Services services;
  private final SlackSettings settings;
  private final SlackApi api;
  private final BlockKitRenderer renderer = new BlockKitRenderer();
  private final ThreadResponder responder;
  private final ThreadHistory history;
  private final SlackFiles files;
  private final FeedbackLog feedback;
  private final EventDeduplicator dedup;
  private final AccessPolicy access;
  private final ConversationQueue queue;
  private final ExecutorService executor;
  private final App app;

  public ConsultantSlackApp(
      Services services, SlackSettings settings, ExecutorService executor, Clock clock) {
    this.services = services;
    this.settings = settings;
    this.executor = executor;
    SlackConfig config = new SlackConfig();
    settings.apiUrl().ifPresent(url -> config.setMethodsEndpointUrlPrefix(url + "/api/"));
    Slack slack = Slack.getInstance(config);
    String botToken = settings.botToken().orElseThrow();
    this.api = new SlackApi(slack.methods(botToken));
    this.responder =
        new ThreadResponder(
            services.consultant(),
            services.redactor(),
            services.metrics(),
            services.usage(),
            services.reviewer(),
            services.drafter(),
            AdrTemplate.of(services.settings().adrTemplate()),
            api,
            renderer,
            LIVE_UPDATE_INTERVAL);
    this.history = new ThreadHistory(api);
    this.files = new SlackFiles(botToken);
    this.feedback = new FeedbackLog(services.settings().dataDir(), clock);
    this.dedup = new EventDeduplicator(Ticker.systemTicker());
    this.access = new AccessPolicy(settings.limits(), Ticker.systemTicker(), api::usergroupMembers);
    this.queue = new ConversationQueue(executor, responder::tellNotStarted);
    this.app =
        new App(
            AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(botToken)
                // Bolt otherwise calls auth.test on every request: a Slack round trip before each
                // ack.
                .authTestCacheEnabled(true)
                .signingSecret(settings.signingSecret().orElse(null))
                .build());
    register();
  }

  public App app() {
    return app;
  }

  /**
   * Lets the work in hand finish, at most {@code grace}; then gives up what is left, each thread
   * told so (an answer cut short keeps what it showed). True when everything finished. Call after
   * the transport has stopped taking events.
   */
  public boolean drain(Duration grace) throws InterruptedException {
    if (queue.awaitIdle(grace)) {
      return true;
    }
    int notStarted = queue.abandonWaiting();
    int cutShort = responder.abandonInFlight();
    log.warn(
        "stopping after {} s: {} answers cut short, {} requests not started; their threads were told",
        grace.toSeconds(),
        cutShort,
        notStarted);
    return false;
  }

  /** Conversations with work queued or running (for shutdown and the benchmark). */
  public int activeConversations() {
    return queue.active();
  }

  private void register() {
    app.event(
        AppMentionEvent.class,
        (payload, ctx) -> {
          AppMentionEvent e = payload.getEvent();
          if (e.getBotId() == null
              && !e.getUser().equals(ctx.getBotUserId())
              && dedup.firstTime(payload.getEventId())) {
            String threadTs = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
            boolean inThread = e.getThreadTs() != null;
            onQuestion(
                new ThreadResponder.Target(e.getChannel(), threadTs, e.getUser(), false),
                e.getText(),
                e.getFiles(),
                inThread,
                e.getTs(),
                ctx.getBotUserId(),
                ctx.getBotId());
          }
          return ctx.ack();
        });
    app.event(
        MessageEvent.class,
        (payload, ctx) -> {
          MessageEvent e = payload.getEvent();
          onDirectMessage(
              payload.getEventId(),
              new DirectMessage(
                  e.getChannelType(),
                  e.getBotId(),
                  e.getUser(),
                  e.getChannel(),
                  e.getText(),
                  e.getFiles(),
                  e.getTs(),
                  e.getThreadTs()),
              ctx);
          return ctx.ack();
        });
    app.event(
        MessageFileShareEvent.class,
        (payload, ctx) -> {
          MessageFileShareEvent e = payload.getEvent();
          onDirectMessage(
              payload.getEventId(),
              new DirectMessage(
                  e.getChannelType(),
                  null,
                  e.getUser(),
                  e.getChannel(),
                  e.getText(),
                  e.getFiles(),
                  e.getTs(),
                  e.getThreadTs()),
              ctx);
          return ctx.ack();
        });
    // Edits, deletions and bots' messages are not a person asking: acknowledged, never answered.
    app.event(MessageChangedEvent.class, (payload, ctx) -> ctx.ack());
    app.event(MessageDeletedEvent.class, (payload, ctx) -> ctx.ack());
    app.event(MessageBotEvent.class, (payload, ctx) -> ctx.ack());

    app.use(assistant());

    app.command(
        settings.commands().consult(),
        (req, ctx) -> {
          String text =
              req.getPayload().getText() == null ? "" : req.getPayload().getText().strip();
          if (text.equalsIgnoreCase("usage")) {
            String usage =
                settings.admins().contains(req.getPayload().getUserId())
                    ? UsageLog.table(services.usage().summary(30))
                    : "Usage and cost are for the admins listed in CONSULTANT_ADMINS.";
            return ctx.ack(
                r ->
                    r.responseType("ephemeral")
                        .text(usage)
                        .blocks(renderer.messages(usage, List.of()).getFirst().blocks()));
          }
          if (text.isEmpty() || text.equalsIgnoreCase("help")) {
            SlackMessage help =
                HelpMessage.help(settings.commands(), services.consultant().usesLanguageModel());
            return ctx.ack(
                r -> r.responseType("ephemeral").text(help.text()).blocks(help.blocks()));
          }
          String user = req.getPayload().getUserId();
          Optional<String> refused = refusal(user, req.getPayload().getChannelId(), text.length());
          if (refused.isPresent()) {
            return ctx.ack(r -> r.responseType("ephemeral").text(refused.get()));
          }
          executor.submit(() -> respondInChannel(ctx, user, text, Task.ANSWER));
          return ctx.ack(
              r -> r.responseType("ephemeral").text(":hourglass_flowing_sand: Looking into it…"));
        });
    app.command(
        settings.commands().review(),
        (req, ctx) -> {
          String text =
              req.getPayload().getText() == null ? "" : req.getPayload().getText().strip();
          if (text.isEmpty()) {
            ctx.client()
                .viewsOpen(
                    r ->
                        r.triggerId(req.getPayload().getTriggerId())
                            .view(Modals.review(req.getPayload().getChannelId())));
            return ctx.ack();
          }
          String user = req.getPayload().getUserId();
          Optional<String> refused = refusal(user, req.getPayload().getChannelId(), text.length());
          if (refused.isPresent()) {
            return ctx.ack(r -> r.responseType("ephemeral").text(refused.get()));
          }
          executor.submit(() -> respondInChannel(ctx, user, text, Task.REVIEW));
          return ctx.ack(
              r ->
                  r.responseType("ephemeral")
                      .text(":hourglass_flowing_sand: Reviewing the design…"));
        });
    app.command(
        settings.commands().adr(),
        (req, ctx) -> {
          String title =
              req.getPayload().getText() == null ? "" : req.getPayload().getText().strip();
          ctx.client()
              .viewsOpen(
                  r ->
                      r.triggerId(req.getPayload().getTriggerId())
                          .view(Modals.adr(req.getPayload().getChannelId(), title)));
          return ctx.ack();
        });

    app.viewSubmission(
        Modals.REVIEW,
        (req, ctx) -> {
          String design = Modals.value(req.getPayload().getView().getState(), "design").orElse("");
          String channel = req.getPayload().getView().getPrivateMetadata();
          String user = req.getPayload().getUser().getId();
          executor.submit(
              () ->
                  postThenAnswer(
                      channel,
                      user,
                      "<@%s> asked for a design review.".formatted(user),
                      Task.REVIEW,
                      design));
          return ctx.ack();
        });
    app.viewSubmission(
        Modals.ADR,
        (req, ctx) -> {
          var state = req.getPayload().getView().getState();
          String title = Modals.value(state, "title").orElse("Untitled decision");
          String channel = req.getPayload().getView().getPrivateMetadata();
          String user = req.getPayload().getUser().getId();
          AdrRequest request =
              new AdrRequest(
                  title,
                  Modals.value(state, "context"),
                  Modals.value(state, "options"),
                  Modals.value(state, "drivers"),
                  Modals.value(state, "decision"),
                  List.of("<@" + user + ">"),
                  Optional.empty(),
                  Optional.empty());
          executor.submit(
              () ->
                  postThenDraft(
                      channel,
                      user,
                      "<@%s> asked for an ADR draft: *%s*"
                          .formatted(user, MrkdwnWriter.escape(title)),
                      request));
          return ctx.ack();
        });

    app.messageShortcut(
        SHORTCUT_REVIEW,
        (req, ctx) -> {
          Message m = req.getPayload().getMessage();
          ThreadResponder.Target target = shortcutTarget(req.getPayload());
          queue.submit(
              target,
              () -> {
                String design =
                    withFiles(
                        target, SlackText.question(m.getText(), ctx.getBotUserId()), m.getFiles());
                if (design.isBlank()) {
                  api.post(
                      target.channel(),
                      target.threadTs(),
                      SlackMessage.note("There is no text in that message for me to review."));
                  return;
                }
                responder.answer(target, Task.REVIEW, Question.of(design));
              });
          return ctx.ack();
        });
    app.messageShortcut(
        SHORTCUT_ADR,
        (req, ctx) -> {
          Message m = req.getPayload().getMessage();
          ThreadResponder.Target target = shortcutTarget(req.getPayload());
          String botUserId = ctx.getBotUserId();
          String botId = ctx.getBotId();
          queue.submit(
              target, () -> responder.draftAdr(target, threadRequest(target, m, botUserId, botId)));
          return ctx.ack();
        });

    app.blockAction(
        BlockKitRenderer.ACTION_ADR_SAVE,
        (req, ctx) -> {
          String draftId = req.getPayload().getActions().getFirst().getValue();
          String user = req.getPayload().getUser().getId();
          executor.submit(() -> saveDraft(draftId, user, ctx));
          return ctx.ack();
        });
    app.blockAction(
        BlockKitRenderer.ACTION_ADR_REGENERATE,
        (req, ctx) -> {
          String draftId = req.getPayload().getActions().getFirst().getValue();
          Optional<ThreadResponder.PendingDraft> pending = responder.pendingDraft(draftId);
          if (pending.isEmpty()) {
            ctx.respond(
                r ->
                    r.responseType("ephemeral")
                        .replaceOriginal(false)
                        .text(
                            "That draft is too old to regenerate: ask for a new one with "
                                + settings.commands().adr()
                                + "."));
          } else {
            ThreadResponder.Target target = pending.get().target();
            queue.submit(target, () -> responder.draftAdr(target, pending.get().request()));
          }
          return ctx.ack();
        });
    app.blockAction(BlockKitRenderer.ACTION_HELPFUL, vote(true, "Thanks for the feedback!"));
    app.blockAction(
        BlockKitRenderer.ACTION_NOT_HELPFUL,
        vote(
            false,
            "Thanks: noted. Saying what was missing in the thread helps us improve the knowledge base."));
  }

  private Assistant assistant() {
    Assistant assistant = new Assistant(new InMemoryThreadContexts(), executor);
    assistant.threadStarted(
        (req, ctx) -> {
          try {
            ctx.say(
                r ->
                    r.text(
                        "Hi! I'm your Platform Engineering consultant. Ask me anything about your platform, in French or English."));
            ctx.setSuggestedPrompts(HelpMessage.suggestedPrompts(), "Try asking");
          } catch (IOException | com.slack.api.methods.SlackApiException e) {
            log.warn("assistant thread start: {}", e.getMessage());
          }
        });
    assistant.userMessage(
        (req, ctx) -> {
          MessageEvent e = req.getEvent();
          if (!isPerson(e.getBotId(), e.getUser(), ctx.getBotUserId())
              || !dedup.firstTime(req.getEventId())) {
            return;
          }
          String threadTs = ctx.getThreadTs() != null ? ctx.getThreadTs() : e.getThreadTs();
          ThreadResponder.Target target =
              new ThreadResponder.Target(ctx.getChannelId(), threadTs, e.getUser(), true);
          Optional<String> refused =
              refusal(
                  e.getUser(), ctx.getChannelId(), e.getText() == null ? 0 : e.getText().length());
          if (refused.isPresent()) {
            api.post(target.channel(), target.threadTs(), SlackMessage.note(refused.get()));
            return;
          }
          String botUserId = ctx.getBotUserId();
          String botId = ctx.getBotId();
          queue.submit(
              target,
              () -> {
                List<Turn> turns =
                    history.before(
                        target.channel(), target.threadTs(), e.getTs(), botUserId, botId);
                String question = SlackText.question(e.getText(), botUserId);
                if (turns.isEmpty()) {
                  try {
                    api.setTitle(
                        target.channel(),
                        target.threadTs(),
                        question.length() > 60 ? question.substring(0, 59) + "…" : question);
                  } catch (SlackApiFailure failure) {
                    log.debug("title not set: {}", failure.getMessage());
                  }
                }
                responder.answer(target, Task.ANSWER, new Question(question, turns));
              });
        });
    assistant.userMessageWithFiles(
        (req, ctx) -> {
          MessageFileShareEvent e = req.getEvent();
          if (!isPerson(null, e.getUser(), ctx.getBotUserId())
              || !dedup.firstTime(req.getEventId())) {
            return;
          }
          String threadTs = ctx.getThreadTs() != null ? ctx.getThreadTs() : e.getThreadTs();
          onQuestion(
              new ThreadResponder.Target(ctx.getChannelId(), threadTs, e.getUser(), true),
              e.getText(),
              e.getFiles(),
              true,
              e.getTs(),
              ctx.getBotUserId(),
              ctx.getBotId());
        });
    // The bot's own messages in its threads: nothing to do (the middleware needs a handler).
    assistant.botMessage((req, ctx) -> {});
    return assistant;
  }

  /** Why this request is refused (allow-lists, rate, size), if it is; refusals are logged. */
  private Optional<String> refusal(String user, String channel, int chars) {
    Optional<String> reason = access.check(user, channel, chars);
    reason.ifPresent(r -> services.metrics().counter("consultant.refusals").increment());
    reason.ifPresent(
        r ->
            log.info(
                "refused a request from {} in {}: {}",
                user,
                channel,
                r.substring(0, Math.min(60, r.length()))));
    return reason;
  }

  /** A message in a DM, with or without files: the fields the two event types share. */
  private record DirectMessage(
      String channelType,
      String botId,
      String user,
      String channel,
      String text,
      List<File> files,
      String ts,
      String threadTs) {}

  private void onDirectMessage(
      String eventId, DirectMessage m, com.slack.api.bolt.context.builtin.EventContext ctx) {
    if (!"im".equals(m.channelType())
        || !isPerson(m.botId(), m.user(), ctx.getBotUserId())
        || !dedup.firstTime(eventId)) {
      return;
    }
    String threadTs = m.threadTs() != null ? m.threadTs() : m.ts();
    onQuestion(
        new ThreadResponder.Target(m.channel(), threadTs, m.user(), false),
        m.text(),
        m.files(),
        m.threadTs() != null,
        m.ts(),
        ctx.getBotUserId(),
        ctx.getBotId());
  }

  /**
   * A person's question in a thread: read files and the thread, then answer, one at a time per
   * thread.
   */
  private void onQuestion(
      ThreadResponder.Target target,
      String rawText,
      List<File> attached,
      boolean inThread,
      String ts,
      String botUserId,
      String botId) {
    queue.submit(
        target,
        () -> {
          String text = withFiles(target, SlackText.question(rawText, botUserId), attached);
          Optional<String> refused = refusal(target.user(), target.channel(), text.length());
          if (refused.isPresent()) {
            api.postEphemeral(
                target.channel(),
                target.user(),
                target.threadTs(),
                SlackMessage.note(refused.get()));
            return;
          }
          if (text.isBlank()) {
            api.post(
                target.channel(),
                target.threadTs(),
                HelpMessage.help(settings.commands(), services.consultant().usesLanguageModel()));
            return;
          }
          List<Turn> turns =
              inThread
                  ? history.before(target.channel(), target.threadTs(), ts, botUserId, botId)
                  : List.of();
          responder.answer(target, Task.ANSWER, new Question(text, turns));
        });
  }

  /**
   * The text with the readable attached files fenced after it; files that cannot be read are said
   * so.
   */
  private String withFiles(ThreadResponder.Target target, String text, List<File> attached) {
    if (attached == null || attached.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    List<String> refused = new ArrayList<>();
    for (File file : attached) {
      switch (files.read(file)) {
        case SlackFiles.Text t ->
            out.append("\n\n<file name=\"")
                .append(t.name().replace("\"", "'"))
                .append("\">\n")
                .append(t.content())
                .append("\n</file>");
        case SlackFiles.Refused r ->
            refused.add("*" + MrkdwnWriter.escape(r.name()) + "*: " + r.reason());
      }
    }
    if (!refused.isEmpty()) {
      log.info("files not read in {}: {}", target.conversation(), refused.size());
      api.post(
          target.channel(),
          target.threadTs(),
          SlackMessage.note(
              ":page_facing_up: I could not read " + String.join("; ", refused) + "."));
    }
    return out.toString().strip();
  }

  /**
   * An answer to a slash command, visible in the channel, posted through the command's
   * response_url.
   */
  private void respondInChannel(SlashCommandContext ctx, String user, String asked, Task task) {
    try {
      Redactor.Result redacted = services.redactor().redact(asked);
      String text = redacted.text();
      List<SlackMessage> messages =
          task == Task.REVIEW
              ? renderer.review(services.reviewer().review(text))
              : renderer.answer(
                  services.consultant().perform(task, Question.of(text), delta -> {}),
                  UUID.randomUUID().toString());
      String askedLine =
          task == Task.REVIEW
              ? "<@%s> asked for a design review".formatted(user)
              : "<@%s> asked: %s".formatted(user, MrkdwnWriter.escape(abbreviate(text, 2500)));
      for (int i = 0; i < messages.size(); i++) {
        List<LayoutBlock> blocks = new ArrayList<>(messages.get(i).blocks());
        if (i == 0) {
          blocks.addFirst(context(List.of(markdownText(askedLine))));
          if (redacted.redacted()) {
            blocks.add(
                1, context(List.of(markdownText(":lock: " + Redactor.notice(redacted) + "."))));
          }
        }
        String fallback = messages.get(i).text();
        ctx.respond(r -> r.responseType("in_channel").text(fallback).blocks(blocks));
      }
    } catch (IOException | RuntimeException e) {
      log.error("slash command answer failed", e);
      try {
        ctx.respond(
            r ->
                r.responseType("ephemeral")
                    .text(
                        ":warning: Sorry, I could not answer this time. Please try again in a moment."));
      } catch (IOException again) {
        log.error("could not report the failure: {}", again.getMessage());
      }
    }
  }

  /**
   * Posts a visible opening message in the channel (or the user's DM if the app is not there), then
   * answers under it.
   */
  private void postThenAnswer(
      String channel, String user, String opening, Task task, String material) {
    ThreadResponder.Target where = openThread(channel, user, opening);
    queue.submit(where, () -> responder.answer(where, task, Question.of(material)));
  }

  /**
   * Opens a thread for a form's answer: a visible message in the channel, or in the user's DM when
   * the app is not in that channel.
   */
  private ThreadResponder.Target openThread(String channel, String user, String opening) {
    try {
      return new ThreadResponder.Target(
          channel, api.post(channel, null, SlackMessage.note(opening)), user, false);
    } catch (SlackApiFailure e) {
      log.info("cannot post in {} ({}); answering in a DM", channel, e.error());
      String ts =
          api.post(
              user,
              null,
              SlackMessage.note(opening + " (I am not in that channel, so here it is privately.)"));
      return new ThreadResponder.Target(user, ts, user, false);
    }
  }

  /** A message shortcut answers in the thread of the message it was used on. */
  private static ThreadResponder.Target shortcutTarget(
      com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload p) {
    Message m = p.getMessage();
    String threadTs = m.getThreadTs() != null ? m.getThreadTs() : m.getTs();
    return new ThreadResponder.Target(p.getChannel().getId(), threadTs, p.getUser().getId(), false);
  }

  /** Saves a pending draft to the ADR log and says where, in the draft's thread. */
  private void saveDraft(
      String draftId, String user, com.slack.api.bolt.context.builtin.ActionContext ctx) {
    try {
      Optional<ThreadResponder.PendingDraft> pending = responder.pendingDraft(draftId);
      if (pending.isEmpty()) {
        ctx.respond(
            r ->
                r.responseType("ephemeral")
                    .replaceOriginal(false)
                    .text(
                        "That draft is too old to save: ask for a new one with "
                            + settings.commands().adr()
                            + "."));
        return;
      }
      AdrLog.Saved saved = services.adrLog().save(pending.get().draft(), Optional.empty());
      ThreadResponder.Target target = pending.get().target();
      String text =
          saved.created()
              ? ":white_check_mark: <@%s> saved this as *ADR-%04d* (`%s`)."
                  .formatted(user, saved.number(), saved.file().getFileName())
              : ":information_source: Already in the ADR log as *ADR-%04d* (`%s`)."
                  .formatted(saved.number(), saved.file().getFileName());
      api.post(target.channel(), target.threadTs(), SlackMessage.note(text));
    } catch (IOException | RuntimeException e) {
      log.error("saving draft {} failed", draftId, e);
      try {
        ctx.respond(
            r ->
                r.responseType("ephemeral")
                    .replaceOriginal(false)
                    .text(":warning: Saving to the ADR log failed; please try again."));
      } catch (IOException again) {
        log.error("could not report the failure: {}", again.getMessage());
      }
    }
  }

  /** Like {@link #postThenAnswer}, for an ADR draft. */
  private void postThenDraft(String channel, String user, String opening, AdrRequest request) {
    ThreadResponder.Target where = openThread(channel, user, opening);
    queue.submit(where, () -> responder.draftAdr(where, request));
  }

  /**
   * A thread as an ADR request: its first message's first line as the title, its people as
   * decision-makers (who started it) and consulted (the others), its messages as the material.
   */
  private AdrRequest threadRequest(
      ThreadResponder.Target target, Message clicked, String botUserId, String botId) {
    List<Turn> turns =
        history.before(target.channel(), target.threadTs(), "9999999999.999999", botUserId, botId);
    Set<String> participants = new LinkedHashSet<>();
    for (Turn turn : turns) {
      if (turn.role() == Turn.Role.USER && turn.text().startsWith("<@")) {
        participants.add(turn.text().substring(0, turn.text().indexOf('>') + 1));
      }
    }
    String first =
        turns.stream()
            .filter(t -> t.role() == Turn.Role.USER)
            .findFirst()
            .map(Turn::text)
            .orElse(SlackText.question(clicked.getText(), botUserId));
    String title =
        first
            .replaceFirst("^<@[A-Z0-9]+>:\\s*", "")
            .lines()
            .findFirst()
            .orElse("Decision from a Slack thread")
            .strip();
    if (title.length() > 100) {
      title = title.substring(0, 99) + "…";
    }
    String link =
        "https://slack.com/archives/%s/p%s"
            .formatted(target.channel(), target.threadTs().replace(".", ""));
    return new AdrRequest(
        title,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        new ArrayList<>(participants),
        Optional.of(link),
        Optional.of(threadMaterial(target, botUserId, botId)));
  }

  /** A thread as ADR material: who took part, and what each said, in order. */
  private String threadMaterial(ThreadResponder.Target target, String botUserId, String botId) {
    List<Turn> turns =
        history.before(target.channel(), target.threadTs(), "9999999999.999999", botUserId, botId);
    Set<String> participants = new LinkedHashSet<>();
    StringBuilder out = new StringBuilder("A Slack thread to turn into an ADR.\n");
    for (Turn turn : turns) {
      if (turn.role() == Turn.Role.USER && turn.text().startsWith("<@")) {
        participants.add(turn.text().substring(0, turn.text().indexOf('>') + 1));
      }
      out.append("\n")
          .append(turn.role() == Turn.Role.USER ? "" : "(consultant) ")
          .append(turn.text());
    }
    out.insert(
        0,
        "Participants: "
            + String.join(", ", participants)
            + "\nThread: channel "
            + target.channel()
            + ", ts "
            + target.threadTs()
            + "\n");
    return out.toString();
  }

  /** A feedback button: the vote is logged, the voter thanked (only they see it). */
  private com.slack.api.bolt.handler.builtin.BlockActionHandler vote(
      boolean helpful, String thanks) {
    return (req, ctx) -> {
      vote(
          req.getPayload().getActions().getFirst().getValue(),
          helpful,
          req.getPayload().getUser().getId(),
          channelOf(req.getPayload().getChannel()));
      ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(thanks));
      return ctx.ack();
    };
  }

  private void vote(String questionId, boolean helpful, String user, String channel) {
    Optional<String> text =
        settings.storeFeedbackText() ? responder.questionText(questionId) : Optional.empty();
    feedback.record(questionId, helpful, user, channel, text);
    services
        .metrics()
        .counter("consultant.feedback", "vote", helpful ? "helpful" : "not_helpful")
        .increment();
    log.info("feedback {} on {}", helpful ? "helpful" : "not_helpful", questionId);
  }

  private static String channelOf(Object channel) {
    if (channel instanceof com.slack.api.model.Conversation c) {
      return c.getId();
    }
    if (channel
        instanceof
        com.slack.api.app_backend.interactive_components.payload.BlockActionPayload.Channel c) {
      return c.getId();
    }
    return "";
  }

  static boolean isPerson(String botId, String user, String botUserId) {
    return botId == null && user != null && !user.equals(botUserId);
  }

  static String fenced(String tag, String text) {
    return "<%1$s>\n%2$s\n</%1$s>"
        .formatted(tag, text.replace("</" + tag + ">", "</ " + tag + ">"));
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** Assistant thread contexts in memory: they only matter while a thread is active. */
  private static final class InMemoryThreadContexts implements AssistantThreadContextService {
    private final ConcurrentMap<String, AssistantThreadContext> contexts =
        Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofDays(1))
            .<String, AssistantThreadContext>build()
            .asMap();

    @Override
    public Optional<AssistantThreadContext> findCurrentContext(String channelId, String threadTs) {
      return Optional.ofNullable(contexts.get(channelId + ":" + threadTs));
    }

    @Override
    public void saveCurrentContext(
        String channelId, String threadTs, AssistantThreadContext context) {
      if (context != null) {
        contexts.put(channelId + ":" + threadTs, context);
      }
    }
  }
}
