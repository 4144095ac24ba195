package dev.platformconsultant.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.platformconsultant.adr.AdrDraft;
import dev.platformconsultant.adr.AdrDrafter;
import dev.platformconsultant.adr.AdrLog;
import dev.platformconsultant.adr.AdrRequest;
import dev.platformconsultant.adr.AdrTemplate;
import dev.platformconsultant.consultant.Answer;
import dev.platformconsultant.consultant.Consultant;
import dev.platformconsultant.model.Question;
import dev.platformconsultant.model.Task;
import dev.platformconsultant.model.Turn;
import dev.platformconsultant.ops.UsageLog;
import dev.platformconsultant.review.DesignReviewer;
import dev.platformconsultant.review.Review;
import dev.platformconsultant.security.Redactor;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers in a Slack thread the way people expect of an assistant: something visible at once (a
 * placeholder, or the assistant pane's status), the answer streaming into that message, then the
 * final formatted answer with its sources and feedback buttons. Every accepted question ends with a
 * reply, an apology with the reason if all else fails. Thread-safe.
 */
final class ThreadResponder {
  private static final Logger log = LoggerFactory.getLogger(ThreadResponder.class);
  static final String PLACEHOLDER_PREFIX = ":hourglass_flowing_sand:";

  /** Where to answer: a channel's thread, a DM thread, or an assistant-pane thread. */
  record Target(String channel, String threadTs, String user, boolean assistantThread) {
    String conversation() {
      return channel + ":" + threadTs;
    }
  }

  static final String RESTARTED_WHILE_ANSWERING =
      "_:warning: I was restarted before I could finish this answer. Please ask again in a"
          + " minute._";

  private final Set<LiveMessage> inFlight = ConcurrentHashMap.newKeySet();
  private final Consultant consultant;
  private final Redactor redactor;
  private final MeterRegistry metrics;
  private final UsageLog usage;
  private final DesignReviewer reviewer;
  private final AdrDrafter drafter;
  private final AdrTemplate adrTemplate;
  private final Cache<String, PendingDraft> drafts =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofDays(7)).build();
  private final SlackApi api;
  private final BlockKitRenderer renderer;
  private final Duration updateInterval;
  private final Cache<String, String> questions =
      Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(Duration.ofDays(2)).build();

  ThreadResponder(
      Consultant consultant,
      Redactor redactor,
      MeterRegistry metrics,
      UsageLog usage,
      DesignReviewer reviewer,
      AdrDrafter drafter,
      AdrTemplate adrTemplate,
      SlackApi api,
      BlockKitRenderer renderer,
      Duration updateInterval) {
    this.consultant = consultant;
    this.redactor = redactor;
    this.metrics = metrics;
    this.usage = usage;
    this.reviewer = reviewer;
    this.drafter = drafter;
    this.adrTemplate = adrTemplate;
    this.api = api;
    this.renderer = renderer;
    this.updateInterval = updateInterval;
  }

  void answer(Target target, Task task, Question asked) {
    // Credentials never reach the LLM, the logs or a file: redacted here, the user told why.
    Redactor.Tally redaction = redactor.tally();
    Question question =
        new Question(
            redaction.apply(asked.text()),
            asked.history().stream()
                .map(t -> new Turn(t.role(), redaction.apply(t.text())))
                .toList());
    tellRedacted(target, redaction);
    long start = System.nanoTime();
    String placeholder = null;
    try {
      if (target.assistantThread()) {
        api.setStatus(target.channel(), target.threadTs(), "is thinking…");
      } else {
        placeholder = api.post(target.channel(), target.threadTs(), working(task));
      }
    } catch (SlackApiFailure e) {
      log.warn("could not show that the question was taken: {}", e.getMessage());
    }
    record(task, "first_feedback", start);
    LiveMessage live =
        new LiveMessage(
            api, renderer, target.channel(), target.threadTs(), placeholder, updateInterval);
    inFlight.add(live);
    try {
      if (task == Task.REVIEW) {
        // A review is structured and validated as a whole: it is shown when complete, not streamed.
        Review review = reviewer.review(question.text());
        live.finish(renderer.review(review));
        outcome(task, review.warning().isPresent() ? "fallback" : "answered", start);
        usage.record(target.channel(), task.id(), review.mode().id(), 0, 0);
        log.info(
            "reviewed in {} ({} mode, {} findings)",
            target.conversation(),
            review.mode().id(),
            review.findings().size());
        return;
      }
      Answer answer = consultant.perform(task, question, live::append);
      String questionId = UUID.randomUUID().toString();
      questions.put(questionId, question.text());
      live.finish(renderer.answer(answer, questionId));
      outcome(task, answer.degraded() ? "fallback" : "answered", start);
      usage.record(
          target.channel(),
          task.id(),
          answer.mode().id(),
          answer.tokens().input(),
          answer.tokens().output());
      log.info(
          "answered in {} ({} mode, {} ms, {} sources)",
          target.conversation(),
          answer.mode().id(),
          answer.elapsed().toMillis(),
          answer.sources().size());
    } catch (RuntimeException e) {
      log.error("answering in {} failed", target.conversation(), e);
      outcome(task, "failed", start);
      metrics
          .counter("consultant.errors", "kind", "slack_" + e.getClass().getSimpleName())
          .increment();
      apologise(target, live, e);
    } finally {
      inFlight.remove(live);
    }
  }

  private void tellRedacted(Target target, Redactor.Tally redaction) {
    if (!redaction.summary().redacted()) {
      return;
    }
    String text =
        ":lock: "
            + Redactor.notice(redaction.summary())
            + ". Please do not paste secrets in Slack; rotate them if they were real.";
    try {
      api.post(target.channel(), target.threadTs(), SlackMessage.note(text));
    } catch (SlackApiFailure e) {
      log.warn("could not say that secrets were redacted: {}", e.getMessage());
    }
    log.info("redacted {} secrets in {}", redaction.summary().count(), target.conversation());
    redaction
        .summary()
        .found()
        .forEach((kind, n) -> metrics.counter("consultant.redactions", "kind", kind).increment(n));
  }

  private void record(Task task, String what, long startNanos) {
    metrics
        .timer("consultant.latency." + what, "task", task.id())
        .record(System.nanoTime() - startNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  private void outcome(Task task, String outcome, long startNanos) {
    record(task, "full_answer", startNanos);
    metrics
        .counter("consultant.requests", "entry", "slack", "task", task.id(), "outcome", outcome)
        .increment();
  }

  /** A draft waiting for its "Save to ADR log" or "Regenerate" button. */
  record PendingDraft(AdrRequest request, AdrDraft draft, Target target) {}

  /**
   * Drafts an ADR in the thread: the draft with "Save to ADR log" and "Regenerate" buttons, and the
   * same draft as a Markdown file to download.
   */
  void draftAdr(Target target, AdrRequest asked) {
    Redactor.Tally redaction = redactor.tally();
    AdrRequest request = asked.mapText(redaction::apply);
    tellRedacted(target, redaction);
    String placeholder = null;
    try {
      placeholder = api.post(target.channel(), target.threadTs(), working(Task.ADR));
    } catch (SlackApiFailure e) {
      log.warn("could not show that the request was taken: {}", e.getMessage());
    }
    LiveMessage live =
        new LiveMessage(
            api, renderer, target.channel(), target.threadTs(), placeholder, updateInterval);
    inFlight.add(live);
    try {
      AdrDraft draft = drafter.draft(request);
      String draftId = UUID.randomUUID().toString();
      drafts.put(draftId, new PendingDraft(request, draft, target));
      String file = adrTemplate.render(draft);
      live.finish(renderer.adr(draft, file, draftId));
      try {
        api.uploadText(
            target.channel(),
            target.threadTs(),
            "adr-draft-" + AdrLog.slug(draft.title()) + ".md",
            draft.title(),
            file);
      } catch (SlackApiFailure e) {
        log.warn("the draft file was not shared ({}); the draft is in the message", e.error(), e);
      }
      log.info("drafted an ADR in {} ({} mode)", target.conversation(), draft.mode().id());
    } catch (RuntimeException e) {
      log.error("drafting in {} failed", target.conversation(), e);
      apologise(target, live, e);
    } finally {
      inFlight.remove(live);
    }
  }

  /**
   * At shutdown, after the grace period: each answer still being written keeps what it has shown
   * and says it was cut short, so no thread is left with a "thinking" message. Returns how many.
   */
  int abandonInFlight() {
    int abandoned = 0;
    for (LiveMessage live : inFlight) {
      try {
        if (live.abandon(RESTARTED_WHILE_ANSWERING)) {
          abandoned++;
        }
      } catch (RuntimeException e) {
        log.warn("could not close an unfinished answer at shutdown: {}", e.toString());
      }
    }
    return abandoned;
  }

  /** Tells a thread that its request was accepted but not worked on before a shutdown. */
  void tellNotStarted(Target target) {
    String text =
        ":warning: I was restarted before I could get to this message. Please ask again in a"
            + " minute.";
    api.post(target.channel(), target.threadTs(), SlackMessage.note(text));
  }

  Optional<PendingDraft> pendingDraft(String draftId) {
    return Optional.ofNullable(drafts.getIfPresent(draftId));
  }

  /** The text of a question by the id its feedback buttons carry, while it is remembered. */
  Optional<String> questionText(String questionId) {
    return Optional.ofNullable(questions.getIfPresent(questionId));
  }

  private void apologise(Target target, LiveMessage live, RuntimeException e) {
    String reason =
        e instanceof SlackApiFailure failure
            ? "Slack refused a message (" + failure.error() + ")"
            : "an internal error";
    SlackMessage sorry =
        new SlackMessage(
            "Sorry, I could not answer this time.",
            List.of(
                context(
                    List.of(
                        markdownText(
                            ":warning: Sorry, I could not answer this time: "
                                + reason
                                + ". Please try again in a moment.")))));
    try {
      live.finish(List.of(sorry));
    } catch (RuntimeException again) {
      log.error("could not even apologise in {}: {}", target.conversation(), again.getMessage());
    }
  }

  private static SlackMessage working(Task task) {
    String what =
        switch (task) {
          case ANSWER -> "Looking into it…";
          case REVIEW -> "Reviewing the design…";
          case ADR -> "Drafting the ADR…";
        };
    return new SlackMessage(
        what, List.of(context(List.of(markdownText(PLACEHOLDER_PREFIX + " _" + what + "_")))));
  }
}
