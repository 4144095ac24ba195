package dev.platformconsultant.cli;

import dev.platformconsultant.evaluation.Scorecard;
import dev.platformconsultant.review.ReviewEvaluation;
import java.io.PrintWriter;
import java.util.List;

/** The scorecard as a terminal reads it: one line per figure, the misses on demand. */
final class ScorecardPrinter {
  private ScorecardPrinter() {}

  static void print(Scorecard card, boolean misses, PrintWriter out) {
    out.printf("Evaluation: %d knowledge documents, LLM %s%n%n", card.documents(), card.llm());
    out.println("Retrieval (a right document among the top 5 passages)");
    if (card.retrieval().isEmpty()) {
      out.println("  no retrieval questions in this set");
    }
    for (Scorecard.RetrievalScore r : card.retrieval()) {
      out.printf(
          "  %-4s %4d questions  recall@5 %.3f  MRR %.3f%n",
          r.scope(), r.questions(), r.recallAt5(), r.mrr());
    }
    if (misses && !card.retrieval().isEmpty()) {
      card.retrieval().getFirst().misses().forEach(m -> out.println("    miss " + m));
    }

    Scorecard.AnswerScore answers = card.answers();
    out.printf("%nAnswers citing a section that answers them (%s)%n", answers.mode());
    if (answers.byLanguage().isEmpty()) {
      out.println("  no answer questions in this set");
    }
    tallies(answers.byLanguage(), "language", out);
    tallies(answers.byIntent(), "intent", out);
    if (misses) {
      answers.misses().forEach(m -> out.println("    miss " + m));
    }

    out.println();
    out.println("Design reviews (planted problems found; strengths that are planted problems)");
    if (card.designs().isEmpty()) {
      out.println("  no designs in this set");
    }
    int planted = 0;
    int found = 0;
    int falseStrengths = 0;
    int reportedMissing = 0;
    for (Scorecard.DesignScore d : card.designs()) {
      ReviewEvaluation.Score s = d.score();
      out.printf(
          "  %-22s %2d/%-2d found (%d quoted)  %d false strength(s)  %d practice(s) reported"
              + " missing  %d findings, %d questions (%s)%n",
          s.design(),
          s.found(),
          s.planted(),
          s.quoted(),
          s.falseStrengths().size(),
          s.reportedMissing().size(),
          s.findings(),
          s.questions(),
          d.mode());
      planted += s.planted();
      found += s.found();
      falseStrengths += s.falseStrengths().size();
      reportedMissing += s.reportedMissing().size();
      if (misses) {
        s.missed().forEach(m -> out.println("    missed: " + m));
        s.falseStrengths().forEach(m -> out.println("    called a strength: " + m));
        s.reportedMissing().forEach(m -> out.println("    stated but reported missing: " + m));
      }
    }
    if (card.designs().size() > 1) {
      out.printf(
          "  %-22s %2d/%-2d found  %d false strength(s)  %d practice(s) reported missing%n",
          "all", found, planted, falseStrengths, reportedMissing);
    }

    out.println();
    Scorecard.LlmChecks llm = card.llmChecks();
    if (!llm.ran()) {
      out.println("LLM answer checks: skipped (" + String.join("; ", llm.notes()) + ")");
      return;
    }
    out.printf("LLM answer checks (%d answers from the model, judged by it)%n", llm.answers());
    out.printf(
        "  citations supporting their sentence  %d/%d%n",
        llm.citationsSupported(), llm.citationsJudged());
    out.printf(
        "  answers in the question's language   %d/%d%n", llm.inQuestionLanguage(), llm.answers());
    out.printf(
        "  answers with company facts not in the project context  %d/%d%n",
        llm.withUnsupportedCompanyFacts(), llm.answers());
    if (misses) {
      llm.notes().forEach(n -> out.println("    " + n));
    }
  }

  private static void tallies(List<Scorecard.Tally> tallies, String by, PrintWriter out) {
    for (Scorecard.Tally t : tallies) {
      out.printf(
          "  %-8s %-8s %3d/%-3d %5.1f%%%n", by, t.scope(), t.hits(), t.total(), 100 * t.rate());
    }
  }
}
