package dev.platformconsultant.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.Responder;
import com.slack.api.model.view.View;
import dev.platformconsultant.config.SlackSettings;
import dev.platformconsultant.model.Question;
import dev.platformconsultant.ops.UsageLog;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The slash commands: {@code /consult} (a question answered in the channel, {@code help}, {@code
 * usage} for the admins), {@code /review} (a design given as text, or the review form) and {@code
 * /adr} (the ADR form). Acknowledged within Slack's 3 s with an ephemeral line; the answer follows
 * through the command's response_url.
 */
final class SlashCommandHandlers {
  private static final Logger log = LoggerFactory.getLogger(SlashCommandHandlers.class);

  private final SlackSettings.Commands commands;
  private final Set<String> admins;
  private final RequestPipeline pipeline;
  private final Conversations conversations;
  private final SlackApi api;
  private final IntFunction<List<UsageLog.Line>> usage;
  private final SlackMessage help;
  private final BlockKitRenderer renderer;
  private final AssessmentHandlers assessments;
  private final EngagementHandlers engagement;
  private final ContextHandlers contexts;

  /**
   * @param usage the usage summary of the last N days, for {@code /consult usage}
   */
  SlashCommandHandlers(
      SlackSettings.Commands commands,
      Set<String> admins,
      RequestPipeline pipeline,
      Conversations conversations,
      SlackApi api,
      IntFunction<List<UsageLog.Line>> usage,
      SlackMessage help,
      BlockKitRenderer renderer,
      AssessmentHandlers assessments,
      EngagementHandlers engagement,
      ContextHandlers contexts) {
    this.contexts = contexts;
    this.renderer = renderer;
    this.assessments = assessments;
    this.engagement = engagement;
    this.commands = commands;
    this.admins = Set.copyOf(admins);
    this.pipeline = pipeline;
    this.conversations = conversations;
    this.api = api;
    this.usage = usage;
    this.help = help;
  }

  void register(App app) {
    app.command(commands.consult(), (req, ctx) -> consult(req.getPayload(), ctx));
    app.command(commands.review(), (req, ctx) -> review(req.getPayload(), ctx));
    app.command(
        commands.adr(),
        (req, ctx) -> {
          SlashCommandPayload p = req.getPayload();
          return openForm(p, ctx, Modals.adr(p.getChannelId(), text(p)));
        });
  }

  private Response consult(SlashCommandPayload p, SlashCommandContext ctx) {
    String text = text(p);
    if (text.equalsIgnoreCase("usage")) {
      SlackMessage table =
          admins.contains(p.getUserId())
              ? renderer.messages(UsageLog.table(usage.apply(30)), List.of()).getFirst()
              : SlackMessage.note("Usage and cost are for the admins listed in CONSULTANT_ADMINS.");
      return ctx.ack(r -> r.responseType("ephemeral").text(table.text()).blocks(table.blocks()));
    }
    Optional<AssessCommand> assess = AssessCommand.parse(text);
    if (assess.isPresent()) {
      return assess(p, ctx, assess.get());
    }
    Optional<String> contextCommand = ContextHandlers.command(text);
    if (contextCommand.isPresent()) {
      return contexts.handle(p, ctx, contextCommand.get());
    }
    Optional<dev.platformconsultant.text.Language> businessCase =
        EngagementHandlers.businessCaseLanguage(text);
    if (businessCase.isPresent()) {
      return engagement.businessCase(p, ctx, businessCase.get());
    }
    Optional<String> audit = EngagementHandlers.auditTeam(text);
    if (audit.isPresent()) {
      return engagement.audit(p, ctx, audit.get());
    }
    if (text.isEmpty() || text.equalsIgnoreCase("help")) {
      return ctx.ack(r -> r.responseType("ephemeral").text(help.text()).blocks(help.blocks()));
    }
    return answerInChannel(p, ctx, new Request.Ask(Question.of(text)), "Looking into it…");
  }

  private Response review(SlashCommandPayload p, SlashCommandContext ctx) {
    String text = text(p);
    if (text.isEmpty()) {
      return openForm(p, ctx, Modals.review(p.getChannelId()));
    }
    return answerInChannel(p, ctx, new Request.ReviewDesign(text), "Reviewing the design…");
  }

  /** Admits the request, acknowledges it, and answers it in the channel through response_url. */
  private Response answerInChannel(
      SlashCommandPayload p, SlashCommandContext ctx, Request.Work work, String working) {
    Request request =
        new Request(Request.Entry.SLASH_COMMAND, p.getUserId(), p.getChannelId(), work);
    Optional<String> refused = pipeline.refusal(request);
    if (refused.isPresent()) {
      return ctx.ack(r -> r.responseType("ephemeral").text(refused.get()));
    }
    // Bolt creates a context's responder on first use only: ours outlives the handler.
    ResponseUrlReply reply =
        new ResponseUrlReply(
            new Responder(ctx.getSlack(), p.getResponseUrl()), p.getChannelId(), p.getUserId());
    conversations.submit(reply, () -> pipeline.perform(request, reply));
    return ctx.ack(r -> r.responseType("ephemeral").text(":hourglass_flowing_sand: " + working));
  }

  /** {@code /consult assess [new] [team]}: the assessment form, resumed when one is kept. */
  private Response assess(SlashCommandPayload p, SlashCommandContext ctx, AssessCommand command) {
    Optional<String> refused =
        pipeline.accessRefusal(Request.Entry.FORM, p.getUserId(), p.getChannelId());
    if (refused.isPresent()) {
      return ctx.ack(r -> r.responseType("ephemeral").text(refused.get()));
    }
    try {
      assessments.open(
          p.getTriggerId(),
          p.getUserId(),
          p.getChannelId(),
          command.language(),
          command.team(),
          command.restart());
      return ctx.ack();
    } catch (SlackApiFailure e) {
      log.warn("the assessment form was not opened: {}", e.getMessage());
      return ctx.ack(
          r ->
              r.responseType("ephemeral")
                  .text(
                      ":warning: Slack did not open the form ("
                          + e.error()
                          + "). Please try again in a moment."));
    }
  }

  /**
   * {@code assess [new] [team name]}, or in French {@code évaluer} / {@code evaluer} / {@code
   * évaluation}: the form in that language.
   */
  record AssessCommand(
      dev.platformconsultant.text.Language language, boolean restart, Optional<String> team) {
    private static final java.util.regex.Pattern FORM =
        java.util.regex.Pattern.compile(
            "(?iu)^(assess|assessment|évaluer|evaluer|évaluation|evaluation)(?:\\s+(new|nouveau|nouvelle))?(?:\\s+(.+))?$");

    static Optional<AssessCommand> parse(String text) {
      java.util.regex.Matcher m = FORM.matcher(text.strip());
      if (!m.matches()) {
        return Optional.empty();
      }
      boolean french = !m.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("assess");
      return Optional.of(
          new AssessCommand(
              french
                  ? dev.platformconsultant.text.Language.FR
                  : dev.platformconsultant.text.Language.EN,
              m.group(2) != null,
              Optional.ofNullable(m.group(3)).map(String::strip)));
    }
  }

  /** Opens a form for someone allowed to use the bot here; its submission is checked in full. */
  private Response openForm(SlashCommandPayload p, SlashCommandContext ctx, View form) {
    Optional<String> refused =
        pipeline.accessRefusal(Request.Entry.FORM, p.getUserId(), p.getChannelId());
    if (refused.isPresent()) {
      return ctx.ack(r -> r.responseType("ephemeral").text(refused.get()));
    }
    try {
      api.openView(p.getTriggerId(), form);
      return ctx.ack();
    } catch (SlackApiFailure e) {
      log.warn("the form was not opened: {}", e.getMessage());
      return ctx.ack(
          r ->
              r.responseType("ephemeral")
                  .text(
                      ":warning: Slack did not open the form ("
                          + e.error()
                          + "). Please try again in a moment."));
    }
  }

  private static String text(SlashCommandPayload p) {
    return p.getText() == null ? "" : p.getText().strip();
  }
}
