package dev.platformconsultant.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.model.Message;
import dev.platformconsultant.adr.AdrLog;
import dev.platformconsultant.adr.AdrRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Architecture decisions: the ADR form, the "Draft an ADR from this thread" message shortcut, and
 * the draft's "Save to ADR log" and "Regenerate" buttons ({@code /adr} itself only opens the form).
 */
final class AdrHandlers {
  private static final Logger log = LoggerFactory.getLogger(AdrHandlers.class);
  static final String SHORTCUT = "draft_adr";

  /** Later than any message: the whole thread is read. */
  private static final String END_OF_THREAD = "9999999999.999999";

  private final Conversations conversations;
  private final RequestPipeline pipeline;
  private final ThreadHistory history;
  private final PendingDrafts drafts;
  private final AdrLog adrLog;
  private final String adrCommand;
  private final ExecutorService executor;

  AdrHandlers(
      Conversations conversations,
      RequestPipeline pipeline,
      ThreadHistory history,
      PendingDrafts drafts,
      AdrLog adrLog,
      String adrCommand,
      ExecutorService executor) {
    this.conversations = conversations;
    this.pipeline = pipeline;
    this.history = history;
    this.drafts = drafts;
    this.adrLog = adrLog;
    this.adrCommand = adrCommand;
    this.executor = executor;
  }

  void register(App app) {
    app.viewSubmission(
        Modals.ADR,
        (req, ctx) -> {
          var state = req.getPayload().getView().getState();
          String channel = req.getPayload().getView().getPrivateMetadata();
          String user = req.getPayload().getUser().getId();
          AdrRequest asked =
              AdrRequest.builder(Modals.value(state, "title").orElse("Untitled decision"))
                  .context(Modals.value(state, "context").orElse(null))
                  .options(Modals.value(state, "options").orElse(null))
                  .drivers(Modals.value(state, "drivers").orElse(null))
                  .decision(Modals.value(state, "decision").orElse(null))
                  .participants(List.of("<@" + user + ">"))
                  .build();
          Request request =
              new Request(Request.Entry.FORM, user, channel, new Request.DraftAdr(asked));
          Optional<String> refused = pipeline.refusal(request);
          if (refused.isPresent()) {
            return ctx.ackWithErrors(Map.of("title", refused.get()));
          }
          String opening =
              "<@%s> asked for an ADR draft: *%s*"
                  .formatted(user, MrkdwnWriter.escape(asked.title()));
          executor.submit(
              () -> {
                ThreadReply reply = conversations.openThread(channel, user, opening);
                conversations.submit(reply, () -> pipeline.perform(request, reply));
              });
          return ctx.ack();
        });
    app.messageShortcut(
        SHORTCUT,
        (req, ctx) -> {
          Message clicked = req.getPayload().getMessage();
          ThreadTarget target = ShortcutTarget.of(req.getPayload());
          String botUserId = ctx.getBotUserId();
          String botId = ctx.getBotId();
          ThreadReply reply = conversations.reply(target);
          conversations.submit(
              reply,
              () -> {
                // The thread is read only for someone allowed here; its size is checked after.
                Optional<String> notAllowed =
                    pipeline.accessRefusal(Request.Entry.SHORTCUT, target.user(), target.channel());
                if (notAllowed.isPresent()) {
                  reply.refuse(notAllowed.get());
                  return;
                }
                AdrRequest fromThread =
                    ThreadAdrRequest.from(
                        history.before(
                            target.channel(), target.threadTs(), END_OF_THREAD, botUserId, botId),
                        target.channel(),
                        target.threadTs(),
                        SlackText.question(clicked.getText(), botUserId));
                pipeline.handle(
                    new Request(
                        Request.Entry.SHORTCUT,
                        target.user(),
                        target.channel(),
                        new Request.DraftAdr(fromThread)),
                    reply);
              });
          return ctx.ack();
        });
    app.blockAction(
        BlockKitRenderer.ACTION_ADR_SAVE,
        (req, ctx) -> {
          String draftId = req.getPayload().getActions().getFirst().getValue();
          String user = req.getPayload().getUser().getId();
          String channel = ChannelOf.payload(req.getPayload().getChannel());
          executor.submit(() -> save(draftId, user, channel, ctx));
          return ctx.ack();
        });
    app.blockAction(
        BlockKitRenderer.ACTION_ADR_REGENERATE,
        (req, ctx) -> {
          String draftId = req.getPayload().getActions().getFirst().getValue();
          String user = req.getPayload().getUser().getId();
          String channel = ChannelOf.payload(req.getPayload().getChannel());
          Optional<PendingDrafts.Pending> pending = drafts.get(draftId);
          if (pending.isEmpty()) {
            executor.submit(() -> tellEphemeral(ctx, tooOld("regenerate")));
          } else {
            Reply reply = pending.get().reply();
            Request request =
                new Request(
                    Request.Entry.BUTTON,
                    user,
                    channel,
                    new Request.DraftAdr(pending.get().request()));
            conversations.submit(reply, () -> pipeline.handle(request, reply));
          }
          return ctx.ack();
        });
  }

  /** Saves a pending draft to the ADR log and says where, in the draft's thread. */
  private void save(String draftId, String user, String channel, ActionContext ctx) {
    Optional<String> notAllowed = pipeline.accessRefusal(Request.Entry.BUTTON, user, channel);
    if (notAllowed.isPresent()) {
      tellEphemeral(ctx, notAllowed.get());
      return;
    }
    Optional<PendingDrafts.Pending> pending = drafts.get(draftId);
    if (pending.isEmpty()) {
      tellEphemeral(ctx, tooOld("save"));
      return;
    }
    try {
      AdrLog.Saved saved = adrLog.save(pending.get().draft(), Optional.empty());
      pending
          .get()
          .reply()
          .note(
              saved.created()
                  ? ":white_check_mark: <@%s> saved this as *ADR-%04d* (`%s`)."
                      .formatted(user, saved.number(), saved.file().getFileName())
                  : ":information_source: Already in the ADR log as *ADR-%04d* (`%s`)."
                      .formatted(saved.number(), saved.file().getFileName()));
      log.info("draft {} saved as ADR-{} by {}", draftId, saved.number(), user);
    } catch (RuntimeException e) {
      log.error("saving draft {} failed", draftId, e);
      tellEphemeral(ctx, ":warning: Saving to the ADR log failed; please try again.");
    }
  }

  private String tooOld(String what) {
    return "That draft is too old to %s: ask for a new one with %s.".formatted(what, adrCommand);
  }

  private static void tellEphemeral(ActionContext ctx, String text) {
    try {
      ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(text));
    } catch (IOException e) {
      log.error("could not tell the user ({}): {}", text, e.getMessage());
    }
  }
}
