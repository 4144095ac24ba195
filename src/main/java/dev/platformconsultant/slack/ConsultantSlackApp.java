package dev.platformconsultant.slack;

import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.platformconsultant.adr.AdrTemplate;
import dev.platformconsultant.app.Services;
import dev.platformconsultant.config.SlackSettings;
import dev.platformconsultant.security.AccessPolicy;
import dev.platformconsultant.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack side's composition root: builds the Slack collaborators once, hands each group of
 * handlers only what it uses, and registers them on Bolt's {@link App}. Handlers translate a Slack
 * payload into a {@link Request} and acknowledge at once (Slack wants an answer within 3 s and
 * retries otherwise); every request then takes the same {@link RequestPipeline}. Knows the
 * transport not at all: {@link SlackRunner} serves this app over Socket Mode or HTTP, the benchmark
 * and the tests over HTTP.
 */
public final class ConsultantSlackApp {
  private static final Logger log = LoggerFactory.getLogger(ConsultantSlackApp.class);

  /** How often a streaming answer's message is updated: Slack allows about one update a second. */
  static final Duration LIVE_UPDATE_INTERVAL = Duration.ofMillis(1100);

  private final App app;
  private final RequestPipeline pipeline;
  private final ConversationQueue queue;

  public ConsultantSlackApp(
      Services services, SlackSettings settings, ExecutorService executor, Clock clock) {
    this(services, settings, executor, clock, Ticker.systemTicker(), Sleeper.SYSTEM);
  }

  /**
   * @param executor runs the work off the acknowledging threads (virtual threads in production)
   * @param clock dates the feedback log
   * @param ticker measures the rate limit's window and how long retried events are remembered
   * @param sleeper waits before a Web API call is retried
   */
  public ConsultantSlackApp(
      Services services,
      SlackSettings settings,
      ExecutorService executor,
      Clock clock,
      Ticker ticker,
      Sleeper sleeper) {
    SlackConfig config = new SlackConfig();
    settings.apiUrl().ifPresent(url -> config.setMethodsEndpointUrlPrefix(url + "/api/"));
    Slack slack = Slack.getInstance(config);
    String botToken = settings.botToken().orElseThrow();
    SlackApi api = new SlackApi(slack.methods(botToken), sleeper);
    BlockKitRenderer renderer = new BlockKitRenderer();
    ThreadHistory history = new ThreadHistory(api);
    AttachedFiles files = new AttachedFiles(new SlackFiles(botToken));
    EventDeduplicator dedup = new EventDeduplicator(ticker);
    PendingDrafts drafts = new PendingDrafts();
    AnsweredQuestions answered = new AnsweredQuestions();
    ChannelDesigns designs = new ChannelDesigns(clock);
    ChannelContexts channelContexts =
        new ChannelContexts(
            services.settings().dataDir().resolve("contexts"),
            services.settings().projectContext());
    this.pipeline =
        new RequestPipeline(
            new RequestPipeline.Core(
                services.consultant(),
                services.reviewer(),
                services.drafter(),
                AdrTemplate.of(services.settings().adrTemplate()),
                services.redactor(),
                services.assessor(),
                services.auditor(),
                services.roadmapper(),
                services.businessCases()),
            new AccessPolicy(settings.limits(), ticker, api::usergroupMembers),
            services.metrics(),
            services.usage(),
            renderer,
            drafts,
            answered,
            designs,
            channelContexts);
    this.queue = new ConversationQueue(executor, RequestPipeline::tellNotStarted);
    Conversations conversations = new Conversations(api, renderer, LIVE_UPDATE_INTERVAL, queue);
    SlackMessage help =
        HelpMessage.help(settings.commands(), services.consultant().usesLanguageModel());

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
    EngagementHandlers engagement =
        new EngagementHandlers(pipeline, conversations, designs, api, executor);
    engagement.register(app);
    QuestionHandlers questions =
        new QuestionHandlers(conversations, pipeline, files, history, dedup, help, engagement);
    questions.register(app);
    new AssistantPaneHandlers(questions, dedup, api, executor).register(app);
    AssessmentHandlers assessments =
        new AssessmentHandlers(
            services.assessor().questionnaire(),
            new PendingAssessments(ticker),
            pipeline,
            conversations,
            api,
            executor,
            clock);
    assessments.register(app);
    ContextHandlers contexts =
        new ContextHandlers(
            channelContexts, settings.admins(), pipeline, api, services.redactor(), clock);
    contexts.register(app);
    new SlashCommandHandlers(
            settings.commands(),
            settings.admins(),
            pipeline,
            conversations,
            api,
            services.usage()::summary,
            help,
            renderer,
            assessments,
            engagement,
            contexts)
        .register(app);
    new ReviewHandlers(conversations, pipeline, files, executor).register(app);
    new AdrHandlers(
            conversations,
            pipeline,
            history,
            drafts,
            services.adrLog(),
            settings.commands().adr(),
            executor)
        .register(app);
    new FeedbackHandlers(
            new FeedbackLog(services.settings().dataDir(), clock),
            answered,
            services.metrics(),
            settings.storeFeedbackText())
        .register(app);
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
    int cutShort = pipeline.abandonInFlight();
    log.warn(
        "stopping after {} s: {} answers cut short, {} requests not started; their threads were told",
        grace.toSeconds(),
        cutShort,
        notStarted);
    return false;
  }

  /**
   * Waits until every request taken so far has been answered, at most {@code bound}; true when they
   * all were. Nothing is given up (unlike {@link #drain}).
   */
  public boolean awaitIdle(Duration bound) throws InterruptedException {
    return queue.awaitIdle(bound);
  }

  /** Conversations with work queued or running (for shutdown and the benchmark). */
  public int activeConversations() {
    return queue.active();
  }
}
