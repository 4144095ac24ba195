package dev.platformconsultant.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
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

  void register(App app) {
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
            new Request.WriteAudit(team, designs.of(channel)));
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
