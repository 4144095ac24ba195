package dev.platformconsultant.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.platformconsultant.Golden;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.evaluation.EvalSet;
import dev.platformconsultant.review.ReviewEvaluation.Design;
import dev.platformconsultant.review.ReviewEvaluation.Score;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The offline review of each shipped evaluation design (src/main/resources/eval/designs) against
 * the shipped checklist: it reads as its golden file says (beside the design's name under
 * src/test/resources/review/evaluation-designs), finds and quotes every planted problem, lists none
 * of them as a strength, reports no stated practice missing, and says what the scope rules out. The
 * scores are printed.
 */
class EvaluationDesignsTest {
  private static DesignReviewer reviewer;
  private static final StringBuilder SCORES = new StringBuilder();

  @BeforeAll
  static void wire() {
    Map<String, String> env = TestApp.offlineEnv();
    env.put("CONSULTANT_KNOWLEDGE_DIR", "knowledge");
    reviewer = TestApp.wire(env).reviewer();
  }

  static List<Design> designs() {
    return EvalSet.shipped().designs();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void theOfflineReviewFindsEveryPlantedProblemAndNoFalseStrength(Design design) {
    Review review = reviewer.review(design.text());

    Score score = ReviewEvaluation.score(design, review);
    SCORES.append(score.line()).append('\n');
    Golden.assertMatches(
        "review/evaluation-designs/" + design.name() + ".offline-review.md",
        ReviewMarkdown.render(review) + "\n");
    assertEquals(List.of(), score.missed(), "planted problems not found");
    assertEquals(
        score.planted(), score.quoted(), "every planted problem is quoted: " + score.line());
    assertEquals(List.of(), score.falseStrengths(), "planted problems listed as strengths");
    assertEquals(List.of(), score.reportedMissing(), "stated practices reported missing");
    assertEquals(score.outOfScopeExpected(), score.outOfScopeSaid(), "scope exclusions said");
  }

  @AfterAll
  static void print() {
    System.out.print("Offline review of the evaluation designs:\n" + SCORES);
  }
}
