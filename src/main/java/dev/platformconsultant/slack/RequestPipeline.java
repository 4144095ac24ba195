package dev.platformconsultant.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import dev.platformconsultant.adr.AdrDraft;
import dev.platformconsultant.adr.AdrDrafter;
import dev.platformconsultant.adr.AdrLog;
import dev.platformconsultant.adr.AdrTemplate;
import dev.platformconsultant.assessment.Assessment;
import dev.platformconsultant.assessment.Assessor;
import dev.platformconsultant.audit.Auditor;
import dev.platformconsultant.businesscase.BusinessCases;
import dev.platformconsultant.consultant.Answer;
import dev.platformconsultant.consultant.Consultant;
import dev.platformconsultant.model.Task;
import dev.platformconsultant.ops.UsageLog;
import dev.platformconsultant.review.DesignReviewer;
import dev.platformconsultant.review.Review;
import dev.platformconsultant.roadmap.Roadmapper;
import dev.platformconsultant.security.AccessPolicy;
import dev.platformconsultant.security.Redactor;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every request takes, whatever its entry (mention, DM, assistant pane, slash command,
 * shortcut, form, button): access (allow-lists, rate, size), redaction of secrets, the core's
 * answer, review or draft, metrics and usage, rendering, and an apology if anything fails. Every
 * admitted request ends with a reply. Thread-safe.
 */
final class RequestPipeline {
  private static final Logger log = LoggerFactory.getLogger(RequestPipeline.class);

  static final String RESTARTED_WHILE_ANSWERING =
      "_:warning: I was restarted before I could finish this answer. Please ask again in a"
          + " minute._";

  /** The core: what the pipeline asks for an answer, a review or a draft. */
  record Core(
      Consultant consultant,
      DesignReviewer reviewer,
      AdrDrafter drafter,
      AdrTemplate adrTemplate,
      Redactor redactor,
      Assessor assessor,
      Auditor auditor,
      Roadmapper roadmapper,
      BusinessCases businessCases) {}

  private final Core core;
  private final AccessPolicy access;
  private final MeterRegistry metrics;
  private final UsageLog usage;
  private final BlockKitRenderer renderer;
  private final PendingDrafts drafts;
  private final AnsweredQuestions questions;
  private final ChannelDesigns designs;
  private final ChannelContexts contexts;
  private final Set<Progress> inFlight = ConcurrentHashMap.newKeySet();
  private final com.github.benmanes.caffeine.cache.Cache<String, Boolean> toldGeneric =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
          .maximumSize(10_000)
          .expireAfterWrite(java.time.Duration.ofDays(7))
          .build();

  RequestPipeline(
      Core core,
      AccessPolicy access,
      MeterRegistry metrics,
      UsageLog usage,
      BlockKitRenderer renderer,
      PendingDrafts drafts,
      AnsweredQuestions questions,
      ChannelDesigns designs,
      ChannelContexts contexts) {
    this.core = core;
    this.designs = designs;
    this.contexts = contexts;
    this.access = access;
    this.metrics = metrics;
    this.usage = usage;
    this.renderer = renderer;
    this.drafts = drafts;
    this.questions = questions;
  }

  /**
   * Why this request is refused (allow-lists, rate, size), if it is: the reason to show the asker.
   * An admitted request counts against the asker's rate. Refusals are counted and logged.
   */
  Optional<String> refusal(Request request) {
    return logged(
        request.entry(),
        request.user(),
        request.channel(),
        access.check(request.user(), request.channel(), request.work().chars()));
  }

  /**
   * Why this person may not use the bot here, if they may not: the allow-lists alone, for what is
   * not yet a request (opening a form, whose submission is checked in full; reading a thread before
   * its size is known; saving a draft). Counts nothing against the rate.
   */
  Optional<String> accessRefusal(Request.Entry entry, String user, String channel) {
    return logged(entry, user, channel, access.checkAllowed(user, channel));
  }

  private Optional<String> logged(
      Request.Entry entry, String user, String channel, Optional<String> reason) {
    reason.ifPresent(
        r -> {
          metrics.counter("consultant.refusals").increment();
          log.info(
              "refused a {} from {} in {}: {}",
              entry.id(),
              user,
              channel,
              r.substring(0, Math.min(60, r.length())));
        });
    return reason;
  }

  /** Admits the request, then performs it; a refused one is told why. */
  void handle(Request request, Reply reply) {
    Optional<String> refused = refusal(request);
    if (refused.isPresent()) {
      reply.refuse(refused.get());
      return;
    }
    perform(request, reply);
  }

  /** Performs an admitted request: the reply gets the answer, or an apology with the reason. */
  void perform(Request request, Reply reply) {
    // Credentials never reach the LLM, the logs or a file: redacted here, the asker told why.
    Redactor.Tally redaction = core.redactor().tally();
    Request.Work work = request.work().mapText(redaction::apply);
    tellRedacted(reply, redaction);
    Task task = work.task();
    metrics.counter("consultant.slack.entries", "entry", request.entry().id()).increment();
    long start = System.nanoTime();
    Progress progress = reply.start(work);
    record(task, "first_feedback", start);
    inFlight.add(progress);
    try {
      switch (work) {
        case Request.Ask ask -> answer(ask, reply, progress, start);
        case Request.ReviewDesign review -> review(review, reply, progress, start);
        case Request.DraftAdr adr -> draft(adr, reply, progress, start);
        case Request.RunAssessment run -> assess(run, reply, progress, start);
        case Request.WriteAudit audit -> audit(audit, request.channel(), reply, progress, start);
        case Request.DrawRoadmap roadmap -> roadmap(roadmap, reply, progress, start);
        case Request.MakeBusinessCase bc -> businessCase(bc, reply, progress, start);
      }
    } catch (RuntimeException e) {
      log.error("{} in {} failed", task.id(), reply.conversation(), e);
      outcome(task, "failed", start);
      metrics
          .counter("consultant.errors", "kind", "slack_" + e.getClass().getSimpleName())
          .increment();
      apologise(reply, progress, e);
    } finally {
      inFlight.remove(progress);
    }
  }

  private void answer(Request.Ask ask, Reply reply, Progress progress, long start) {
    // A channel with its own team's context is answered from it, the others from the default.
    Consultant consultant =
        contexts.own(reply.channel()).map(core.consultant()::withContext).orElse(core.consultant());
    Answer answer = consultant.perform(Task.ANSWER, ask.question(), progress::append);
    if (!consultant.knowsTheTeam()
        && toldGeneric.asMap().putIfAbsent(reply.channel(), true) == null) {
      // Once per channel: generic advice is said to be generic, and how to fix it.
      reply.note(
          "_:information_source: I know nothing of your team yet, so this advice is generic. `consultant discover` (or CONSULTANT_PROJECT_CONTEXT) tells me about it._");
    }
    String questionId = questions.remember(ask.question().text());
    progress.finish(renderer.answer(answer, questionId));
    outcome(Task.ANSWER, answer.degraded() ? "fallback" : "answered", start);
    usage.record(
        reply.channel(),
        Task.ANSWER.id(),
        answer.mode().id(),
        answer.tokens().input(),
        answer.tokens().output());
    log.info(
        "answered in {} ({} mode, {} ms, {} sources)",
        reply.conversation(),
        answer.mode().id(),
        answer.elapsed().toMillis(),
        answer.sources().size());
  }

  private void review(Request.ReviewDesign asked, Reply reply, Progress progress, long start) {
    // A review is structured and validated as a whole: it is shown when complete, not streamed.
    Review review = core.reviewer().review(asked.design());
    progress.finish(renderer.review(review, questions.remember(asked.design())));
    designs.remember(reply.channel(), asked.design());
    outcome(Task.REVIEW, review.warning().isPresent() ? "fallback" : "answered", start);
    usage.record(reply.channel(), Task.REVIEW.id(), review.mode().id(), 0, 0);
    log.info(
        "reviewed in {} ({} mode, {} findings)",
        reply.conversation(),
        review.mode().id(),
        review.findings().size());
  }

  /**
   * An ADR draft with "Save to ADR log" and "Regenerate" buttons, and the same draft as a Markdown
   * file to download.
   */
  private void draft(Request.DraftAdr asked, Reply reply, Progress progress, long start) {
    AdrDraft draft = core.drafter().draft(asked.request());
    String draftId = drafts.add(new PendingDrafts.Pending(asked.request(), draft, reply));
    String file = core.adrTemplate().render(draft);
    progress.finish(renderer.adr(draft, file, draftId));
    outcome(Task.ADR, draft.warning().isPresent() ? "fallback" : "answered", start);
    usage.record(reply.channel(), Task.ADR.id(), draft.mode().id(), 0, 0);
    reply.share("adr-draft-" + AdrLog.slug(draft.title()) + ".md", draft.title(), file);
    log.info("drafted an ADR in {} ({} mode)", reply.conversation(), draft.mode().id());
  }

  /** An assessment's summary, then its charts and report as files in the same thread. */
  private void assess(Request.RunAssessment run, Reply reply, Progress progress, long start) {
    Assessor.Outcome outcome;
    try {
      outcome = core.assessor().assess(run.answers());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("the assessment could not be saved", e);
    }
    Assessment a = outcome.assessment();
    progress.finish(List.of(new AssessmentSummary(core.assessor().questionnaire()).render(a)));
    outcome(Task.ASSESSMENT, a.narrative().warning() != null ? "fallback" : "answered", start);
    usage.record(reply.channel(), Task.ASSESSMENT.id(), a.narrative().mode(), 0, 0);
    List<SharedFile> files = new ArrayList<>();
    outcome
        .charts()
        .forEach(
            (name, png) ->
                files.add(new SharedFile(name, chartTitle(name, a), png, chartTitle(name, a))));
    files.add(
        SharedFile.text("assessment-" + a.id() + ".md", "Report: " + a.team(), outcome.report()));
    reply.share(files);
    log.info("assessed {} in {} ({} mode)", a.id(), reply.conversation(), a.narrative().mode());
  }

  /** An audit's summary with its roadmap button, then the report as Markdown and HTML. */
  private void audit(
      Request.WriteAudit asked, String channel, Reply reply, Progress progress, long start) {
    Auditor.Outcome outcome;
    try {
      outcome =
          core.auditor()
              .audit(
                  new Auditor.Request(
                      java.util.Optional.of(asked.team()),
                      java.util.Optional.empty(),
                      asked.designs(),
                      asked.notes(),
                      java.util.Optional.empty()));
    } catch (Auditor.NoEvidence e) {
      progress.finish(List.of(SlackMessage.note(":information_source: " + e.getMessage())));
      outcome(Task.AUDIT, "refused", start);
      return;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("the audit could not be saved", e);
    }
    progress.finish(List.of(EngagementSummaries.audit(outcome.audit())));
    outcome(Task.AUDIT, outcome.audit().warning() != null ? "fallback" : "answered", start);
    usage.record(channel, Task.AUDIT.id(), outcome.audit().mode(), 0, 0);
    reply.share(
        List.of(
            SharedFile.text(
                "audit-" + outcome.audit().id() + ".md",
                "Audit: " + outcome.audit().team(),
                outcome.markdown()),
            SharedFile.text(
                "audit-" + outcome.audit().id() + ".html",
                "Audit (HTML): " + outcome.audit().team(),
                outcome.html())));
    log.info(
        "audited {} in {} ({} mode)",
        outcome.audit().id(),
        reply.conversation(),
        outcome.audit().mode());
  }

  /** A roadmap's summary, then its matrix, CSV and document. */
  private void roadmap(Request.DrawRoadmap asked, Reply reply, Progress progress, long start) {
    Roadmapper.Outcome outcome;
    try {
      outcome = core.roadmapper().roadmap(java.util.Optional.of(asked.auditId()));
    } catch (Roadmapper.NoAudit e) {
      progress.finish(List.of(SlackMessage.note(":information_source: " + e.getMessage())));
      outcome(Task.ROADMAP, "refused", start);
      return;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("the roadmap could not be saved", e);
    }
    progress.finish(List.of(EngagementSummaries.roadmap(outcome.roadmap())));
    outcome(Task.ROADMAP, "answered", start);
    String team = outcome.roadmap().team();
    reply.share(
        List.of(
            new SharedFile(
                "matrix.png",
                "Impact/effort: " + team,
                outcome.files().get("matrix.png"),
                "Impact/effort matrix: " + team),
            new SharedFile(
                "roadmap.csv", "Roadmap (CSV): " + team, outcome.files().get("roadmap.csv"), ""),
            new SharedFile(
                "roadmap.html", "Roadmap: " + team, outcome.files().get("roadmap.html"), "")));
    log.info("planned {} in {}", outcome.roadmap().id(), reply.conversation());
  }

  /** A business case's summary, then its chart and documents. */
  private void businessCase(
      Request.MakeBusinessCase asked, Reply reply, Progress progress, long start) {
    BusinessCases.Outcome outcome;
    try {
      outcome = core.businessCases().make(asked.inputs());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("the business case could not be saved", e);
    }
    progress.finish(List.of(EngagementSummaries.businessCase(outcome.businessCase())));
    outcome(Task.BUSINESS_CASE, "answered", start);
    String name = asked.inputs().organisation();
    reply.share(
        List.of(
            new SharedFile(
                "cumulative.png",
                "Costs and benefits: " + name,
                outcome.files().get("cumulative.png"),
                "Cumulative costs and benefits: " + name),
            new SharedFile(
                "business-case.pdf",
                "Business case: " + name,
                outcome.files().get("business-case.pdf"),
                ""),
            new SharedFile(
                "business-case.md",
                "Business case (Markdown): " + name,
                outcome.files().get("business-case.md"),
                "")));
    log.info("made business case {} in {}", outcome.businessCase().id(), reply.conversation());
  }

  private static String chartTitle(String file, Assessment a) {
    boolean fr = "fr".equals(a.language());
    return switch (file) {
      case "radar.png" ->
          fr ? "Maturité plateforme (CNCF) : " + a.team() : "Platform maturity (CNCF): " + a.team();
      case "dora.png" ->
          fr
              ? "Performance de livraison (DORA) : " + a.team()
              : "Delivery performance (DORA): " + a.team();
      case "trend.png" -> fr ? "Évolution : " + a.team() : "Trend: " + a.team();
      default -> file;
    };
  }

  private void tellRedacted(Reply reply, Redactor.Tally redaction) {
    if (!redaction.summary().redacted()) {
      return;
    }
    reply.note(
        ":lock: "
            + Redactor.notice(redaction.summary())
            + ". Please do not paste secrets in Slack; rotate them if they were real.");
    log.info("redacted {} secrets in {}", redaction.summary().count(), reply.conversation());
    redaction
        .summary()
        .found()
        .forEach((kind, n) -> metrics.counter("consultant.redactions", "kind", kind).increment(n));
  }

  /**
   * At shutdown, after the grace period: each answer still being written keeps what it has shown
   * and says it was cut short, so no thread is left with a "thinking" message. Returns how many.
   */
  int abandonInFlight() {
    int abandoned = 0;
    for (Progress progress : inFlight) {
      try {
        if (progress.abandon(RESTARTED_WHILE_ANSWERING)) {
          abandoned++;
        }
      } catch (RuntimeException e) {
        log.warn("could not close an unfinished answer at shutdown: {}", e.toString());
      }
    }
    return abandoned;
  }

  /** Tells a conversation that its request was accepted but not worked on before a shutdown. */
  static void tellNotStarted(Reply reply) {
    reply.note(
        ":warning: I was restarted before I could get to this message. Please ask again in a"
            + " minute.");
  }

  private void record(Task task, String what, long startNanos) {
    metrics
        .timer("consultant.latency." + what, "task", task.id())
        .record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
  }

  private void outcome(Task task, String outcome, long startNanos) {
    record(task, "full_answer", startNanos);
    metrics
        .counter("consultant.requests", "entry", "slack", "task", task.id(), "outcome", outcome)
        .increment();
  }

  private static void apologise(Reply reply, Progress progress, RuntimeException e) {
    String reason =
        e instanceof SlackApiFailure failure
            ? "Slack refused a message (" + failure.error() + ")"
            : "an internal error";
    String text =
        ":warning: Sorry, I could not answer this time: "
            + reason
            + ". Please try again in a moment.";
    SlackMessage sorry =
        new SlackMessage(
            "Sorry, I could not answer this time.", List.of(context(List.of(markdownText(text)))));
    try {
      progress.fail(sorry);
    } catch (RuntimeException again) {
      log.error("could not even apologise in {}: {}", reply.conversation(), again.getMessage());
    }
  }
}
