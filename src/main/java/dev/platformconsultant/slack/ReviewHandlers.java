package dev.platformconsultant.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.Message;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Design reviews asked through the review form and the "Review this design" message shortcut (a
 * design as text, {@code /review <text>}, is a slash command). The review is posted in a thread:
 * the form's in a new one, the shortcut's in the message's.
 */
final class ReviewHandlers {
  static final String SHORTCUT = "review_design";

  private final Conversations conversations;
  private final RequestPipeline pipeline;
  private final AttachedFiles files;
  private final ExecutorService executor;

  ReviewHandlers(
      Conversations conversations,
      RequestPipeline pipeline,
      AttachedFiles files,
      ExecutorService executor) {
    this.conversations = conversations;
    this.pipeline = pipeline;
    this.files = files;
    this.executor = executor;
  }

  void register(App app) {
    app.viewSubmission(
        Modals.REVIEW,
        (req, ctx) -> {
          String design = Modals.value(req.getPayload().getView().getState(), "design").orElse("");
          String channel = req.getPayload().getView().getPrivateMetadata();
          String user = req.getPayload().getUser().getId();
          Request request =
              new Request(Request.Entry.FORM, user, channel, new Request.ReviewDesign(design));
          Optional<String> refused = pipeline.refusal(request);
          if (refused.isPresent()) {
            // The form stays open with the reason under the field, so nothing typed is lost.
            return ctx.ackWithErrors(Map.of("design", refused.get()));
          }
          executor.submit(
              () -> {
                ThreadReply reply =
                    conversations.openThread(
                        channel, user, "<@%s> asked for a design review.".formatted(user));
                conversations.submit(reply, () -> pipeline.perform(request, reply));
              });
          return ctx.ack();
        });
    app.messageShortcut(
        SHORTCUT,
        (req, ctx) -> {
          Message m = req.getPayload().getMessage();
          ThreadTarget target = ShortcutTarget.of(req.getPayload());
          String botUserId = ctx.getBotUserId();
          ThreadReply reply = conversations.reply(target);
          conversations.submit(
              reply,
              () -> {
                AttachedFiles.Material design =
                    files.read(SlackText.question(m.getText(), botUserId), m.getFiles());
                Request request =
                    new Request(
                        Request.Entry.SHORTCUT,
                        target.user(),
                        target.channel(),
                        new Request.ReviewDesign(design.text()));
                Optional<String> refused = pipeline.refusal(request);
                if (refused.isPresent()) {
                  reply.refuse(refused.get());
                  return;
                }
                design.unreadableNote().ifPresent(reply::note);
                if (design.text().isBlank()) {
                  reply.note("There is no text in that message for me to review.");
                  return;
                }
                pipeline.perform(request, reply);
              });
          return ctx.ack();
        });
  }
}
