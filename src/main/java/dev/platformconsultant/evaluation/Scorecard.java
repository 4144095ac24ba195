package dev.platformconsultant.evaluation;

import dev.platformconsultant.review.ReviewEvaluation;
import java.util.List;

/**
 * What an evaluation found: retrieval quality by language, whether answers cite the sections that
 * answer them, whether reviews find the problems planted in designs (and never call one a
 * strength), and, with an LLM, whether its answers are grounded. Immutable; Jackson writes it as
 * the {@code --json} scorecard.
 *
 * @param llm the model evaluated, or "none" (offline)
 */
public record Scorecard(
    String llm,
    int documents,
    List<RetrievalScore> retrieval,
    AnswerScore answers,
    List<DesignScore> designs,
    LlmChecks llmChecks) {

  public Scorecard {
    retrieval = List.copyOf(retrieval);
    designs = List.copyOf(designs);
  }

  /** recall@5 (a right document among the top five passages' documents) and MRR. */
  public record RetrievalScore(
      String scope, int questions, double recallAt5, double mrr, List<String> misses) {
    public RetrievalScore {
      misses = List.copyOf(misses);
    }
  }

  /** {@code hits} of {@code total} questions in a scope (a language, an intent) met the bar. */
  public record Tally(String scope, int hits, int total) {
    public double rate() {
      return total == 0 ? 0 : (double) hits / total;
    }
  }

  /** Answers that cite one of the sections that answer them, by language and by intent. */
  public record AnswerScore(
      String mode, List<Tally> byLanguage, List<Tally> byIntent, List<String> misses) {
    public AnswerScore {
      byLanguage = List.copyOf(byLanguage);
      byIntent = List.copyOf(byIntent);
      misses = List.copyOf(misses);
    }
  }

  /** One design's review, and how it was made ({@code llm}, or {@code offline}). */
  public record DesignScore(String mode, ReviewEvaluation.Score score) {}

  /**
   * Checks of the LLM's answers, judged by the model itself with fixed judge prompts: citations
   * that support their sentence, answers in the question's language, answers stating company facts
   * the project context does not give.
   *
   * @param ran false without an LLM (the other figures are then zero)
   */
  public record LlmChecks(
      boolean ran,
      int answers,
      int citationsJudged,
      int citationsSupported,
      int inQuestionLanguage,
      int withUnsupportedCompanyFacts,
      List<String> notes) {
    public LlmChecks {
      notes = List.copyOf(notes);
    }

    static LlmChecks skipped(String why) {
      return new LlmChecks(false, 0, 0, 0, 0, 0, List.of(why));
    }
  }
}
