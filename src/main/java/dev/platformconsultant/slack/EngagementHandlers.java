package dev.platformconsultant.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.platformconsultant.audit.AuditInputs;
import dev.platformconsultant.model.Turn;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engagement's documents in Slack: {@code /consult audit [team]} writes the audit of the team
 * (the channel's name by default) from its latest assessment and the designs reviewed in the
 * channel, in a new thread; the audit's "Plan the roadmap" button draws the roadmap in the same
 * thread. Both go through the request pipeline like any request.
 */
final class EngagementHandlers {
  private static final Pattern AUDIT = Pattern.compile("(?iu)^audit(?:\\s+(.+))?$");
  private static final Pattern BUSINESS_CASE =
      Pattern.compile(
          "(?iu)^(?:business[- ]case|cas[- ]d'affaires|rentabilit[ée])(?:\\s+(fr|en))?$");

  private final RequestPipeline pipeline;
  private final Conversations conversations;
  private final ChannelDesigns designs;
  private final SlackApi api;
  private final java.util.concurrent.ExecutorService executor;

  EngagementHandlers(
      RequestPipeline pipeline,
      Conversations conversations,
      ChannelDesigns designs,
      SlackApi api,
      java.util.concurrent.ExecutorService executor) {
    this.executor = executor;
    this.pipeline = pipeline;
    this.conversations = conversations;
    this.designs = designs;
    this.api = api;
  }

  /** {@code audit [team]}: the team named, or empty for the channel's; not an audit otherwise. */
  static Optional<String> auditTeam(String text) {
    Matcher m = AUDIT.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1) == null ? "" : m.group(1).strip());
  }

  /** {@code business-case [fr|en]}: the form in that language (English by default). */
  static Optional<dev.platformconsultant.text.Language> businessCaseLanguage(String text) {
    Matcher m = BUSINESS_CASE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        "fr".equalsIgnoreCase(m.group(1))
                || m.group(0).toLowerCase(java.util.Locale.ROOT).startsWith("cas")
            ? dev.platformconsultant.text.Language.FR
            : dev.platformconsultant.text.Language.EN);
  }

  /** Opens the business case form, for someone allowed to use the bot here. */
  Response businessCase(
      SlashCommandPayload p, SlashCommandContext ctx, dev.platformconsultant.text.Language l) {
    Optional<String> refused =
        pipeline.accessRefusal(Request.Entry.FORM, p.getUserId(), p.getChannelId());
    if (refused.isPresent()) {
      return ctx.ack(r -> r.responseType("ephemeral").text(refused.get()));
    }
    String organisation =
        api.channelName(p.getChannelId())
            .orElse(p.getChannelName() == null ? "" : p.getChannelName());
    try {
      api.openView(p.getTriggerId(), BusinessCaseModal.form(p.getChannelId(), l, organisation));
      return ctx.ack();
    } catch (SlackApiFailure e) {
      return ctx.ack(
          r ->
              r.responseType("ephemeral")
                  .text(
                      ":warning: Slack did not open the form ("
                          + e.error()
                          + "). Please try again."));
    }
  }

  void register(App app) {
    app.viewSubmission(
        BusinessCaseModal.CALLBACK,
        (req, ctx) -> {
          var view = req.getPayload().getView();
          String[] where = String.valueOf(view.getPrivateMetadata()).split("\\|");
          String channel = where[0];
          var l =
              where.length > 1 && where[1].equals("fr")
                  ? dev.platformconsultant.text.Language.FR
                  : dev.platformconsultant.text.Language.EN;
          String user = req.getPayload().getUser().getId();
          BusinessCaseModal.Read read = BusinessCaseModal.read(view.getState(), l);
          if (!read.errors().isEmpty()) {
            return ctx.ackWithErrors(read.errors());
          }
          Request request =
              new Request(
                  Request.Entry.FORM,
                  user,
                  channel,
                  new Request.MakeBusinessCase(read.inputs().orElseThrow()));
          Optional<String> refused = pipeline.refusal(request);
          if (refused.isPresent()) {
            return ctx.ackWithErrors(
                java.util.Map.of(BusinessCaseModal.ORGANISATION, refused.get()));
          }
          executor.submit(
              () -> {
                ThreadReply reply =
                    conversations.openThread(
                        channel,
                        user,
                        "<@%s> asked for a business case of *%s*."
                            .formatted(
                                user,
                                MrkdwnWriter.escape(read.inputs().orElseThrow().organisation())));
                conversations.submit(reply, () -> pipeline.perform(request, reply));
              });
          return ctx.ack();
        });
    app.blockAction(
        EngagementSummaries.ACTION_ROADMAP,
        (req, ctx) -> {
          var p = req.getPayload();
          String auditId = p.getActions().getFirst().getValue();
          String channel = ChannelOf.payload(p.getChannel());
          String threadTs =
              p.getMessage() != null && p.getMessage().getThreadTs() != null
                  ? p.getMessage().getThreadTs()
                  : p.getContainer().getMessageTs();
          ThreadReply reply =
              conversations.reply(new ThreadTarget(channel, threadTs, p.getUser().getId(), false));
          Request request =
              new Request(
                  Request.Entry.BUTTON,
                  p.getUser().getId(),
                  channel,
                  new Request.DrawRoadmap(auditId));
          conversations.submit(reply, () -> pipeline.handle(request, reply));
          return ctx.ack();
        });
  }

  /**
   * Writes the audit in the thread it was asked in ({@code @consultant audit [team]}), reading the
   * thread's discussion as notes beside the team's assessment and the designs reviewed here.
   */
  void auditThread(
      Request.Entry entry, ThreadTarget target, ThreadReply reply, String named, List<Turn> turns) {
    String team = !named.isEmpty() ? named : api.channelName(target.channel()).orElse("");
    StringBuilder thread = new StringBuilder();
    for (Turn turn : turns) {
      thread.append(turn.text().strip()).append("\n\n");
    }
    List<AuditInputs.Named<String>> notes =
        thread.isEmpty()
            ? List.of()
            : List.of(new AuditInputs.Named<>("the thread", thread.toString()));
    // Admitted already as the mention it came in (access, rate, size): performed, not re-counted.
    pipeline.perform(
        new Request(
            entry,
            target.user(),
            target.channel(),
            new Request.WriteAudit(team, designs.of(target.channel()), notes)),
        reply);
  }

  /** Writes the audit in a new thread of the channel. */
  Response audit(SlashCommandPayload p, SlashCommandContext ctx, String named) {
    String channel = p.getChannelId();
    String team =
        !named.isEmpty()
            ? named
            : api.channelName(channel).orElse(p.getChannelName() == null ? "" : p.getChannelName());
    Request request =
        new Request(
            Request.Entry.SLASH_COMMAND,
            p.getUserId(),
            channel,
            new Request.WriteAudit(team, designs.of(channel), List.of()));
    Optional<String> refused = pipeline.refusal(request);
    if (refused.isPresent()) {
      return ctx.ack(r -> r.responseType("ephemeral").text(refused.get()));
    }
    ThreadReply reply =
        conversations.openThread(
            channel,
            p.getUserId(),
            "<@%s> asked for an audit of *%s*."
                .formatted(p.getUserId(), MrkdwnWriter.escape(team)));
    conversations.submit(reply, () -> pipeline.perform(request, reply));
    return ctx.ack(
        r ->
            r.responseType("ephemeral")
                .text(
                    ":hourglass_flowing_sand: Writing the audit of *%s* in a thread (its latest assessment and the %d designs reviewed here lately)."
                        .formatted(MrkdwnWriter.escape(team), designs.of(channel).size())));
  }
}
