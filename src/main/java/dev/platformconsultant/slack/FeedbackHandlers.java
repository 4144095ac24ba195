package dev.platformconsultant.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "helpful" and "not helpful" buttons under an answer: the vote is logged (with the question's
 * text only when the team chose to keep it), counted, and the voter thanked where only they see it.
 */
final class FeedbackHandlers {
  private static final Logger log = LoggerFactory.getLogger(FeedbackHandlers.class);

  private final FeedbackLog feedback;
  private final AnsweredQuestions questions;
  private final MeterRegistry metrics;
  private final boolean storeQuestionText;

  FeedbackHandlers(
      FeedbackLog feedback,
      AnsweredQuestions questions,
      MeterRegistry metrics,
      boolean storeQuestionText) {
    this.feedback = feedback;
    this.questions = questions;
    this.metrics = metrics;
    this.storeQuestionText = storeQuestionText;
  }

  void register(App app) {
    app.blockAction(BlockKitRenderer.ACTION_HELPFUL, vote(true, "Thanks for the feedback!"));
    app.blockAction(
        BlockKitRenderer.ACTION_NOT_HELPFUL,
        vote(
            false,
            "Thanks: noted. Saying what was missing in the thread helps us improve the knowledge base."));
  }

  private BlockActionHandler vote(boolean helpful, String thanks) {
    return (req, ctx) -> {
      String questionId = req.getPayload().getActions().getFirst().getValue();
      Optional<String> text = storeQuestionText ? questions.text(questionId) : Optional.empty();
      feedback.record(
          questionId,
          helpful,
          req.getPayload().getUser().getId(),
          ChannelOf.payload(req.getPayload().getChannel()),
          text);
      metrics
          .counter("consultant.feedback", "vote", helpful ? "helpful" : "not_helpful")
          .increment();
      log.info("feedback {} on {}", helpful ? "helpful" : "not_helpful", questionId);
      ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(thanks));
      return ctx.ack();
    };
  }
}
