package dev.platformconsultant.app;

import dev.platformconsultant.adr.AdrDrafter;
import dev.platformconsultant.adr.AdrLog;
import dev.platformconsultant.assessment.Assessor;
import dev.platformconsultant.audit.Auditor;
import dev.platformconsultant.businesscase.BusinessCases;
import dev.platformconsultant.config.Settings;
import dev.platformconsultant.consultant.Consultant;
import dev.platformconsultant.evaluation.Evaluator;
import dev.platformconsultant.knowledge.ReloadingKnowledgeBase;
import dev.platformconsultant.ops.UsageLog;
import dev.platformconsultant.review.DesignReviewer;
import dev.platformconsultant.roadmap.Roadmapper;
import dev.platformconsultant.security.Redactor;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;

/**
 * The wired application: what every adapter (command line, Slack, HTTP) works with. Built once by
 * the composition root ({@code Main}).
 *
 * @param ready whether the app can answer as configured: knowledge loaded, and the LLM's circuit
 *     not open (or no LLM, by choice)
 * @param warnings start-up problems that did not stop it (skipped knowledge files, no project
 *     context)
 * @param evaluator scores the consultant on an evaluation set ({@code consultant eval})
 * @param assessor runs maturity assessments and keeps their history ({@code consultant assess},
 *     {@code /consult assess})
 * @param auditor writes audit reports from assessments, reviews and notes
 * @param roadmapper draws roadmaps from audits
 * @param businessCases makes business cases from their inputs
 */
public record Services(
    Settings settings,
    ReloadingKnowledgeBase knowledge,
    Consultant consultant,
    DesignReviewer reviewer,
    AdrDrafter drafter,
    AdrLog adrLog,
    Redactor redactor,
    PrometheusMeterRegistry metrics,
    java.util.function.BooleanSupplier ready,
    UsageLog usage,
    List<String> warnings,
    Evaluator evaluator,
    Assessor assessor,
    Auditor auditor,
    Roadmapper roadmapper,
    BusinessCases businessCases) {
  public Services {
    warnings = List.copyOf(warnings);
  }

  /** The same application with another assessor (a test's, on its own clock). */
  public Services withAssessor(Assessor other) {
    return new Services(
        settings,
        knowledge,
        consultant,
        reviewer,
        drafter,
        adrLog,
        redactor,
        metrics,
        ready,
        usage,
        warnings,
        evaluator,
        other,
        auditor,
        roadmapper,
        businessCases);
  }
}
