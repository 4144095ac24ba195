package dev.platformconsultant.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.platformconsultant.TestApp;
import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.model.Mode;
import dev.platformconsultant.review.Area;
import dev.platformconsultant.review.Finding;
import dev.platformconsultant.review.Review;
import dev.platformconsultant.review.ReviewEvaluation;
import dev.platformconsultant.review.Severity;
import dev.platformconsultant.text.Language;
import dev.platformconsultant.text.LanguageDetector;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private final KnowledgeBase knowledge =
      TestApp.wire(TestApp.withReviewChecklist(TestApp.offlineEnv())).knowledge();

  private ReviewEvaluation.Score score(Review review, ReviewEvaluation.Planted... planted) {
    Evaluator evaluator =
        new Evaluator(
            knowledge,
            q -> {
              throw new AssertionError("no question in this set");
            },
            design -> review,
            Optional.empty(),
            "",
            new LanguageDetector());
    return evaluator
        .run(
            new EvalSet(
                List.of(),
                List.of(),
                List.of(
                    new ReviewEvaluation.Design(
                        "d", "a design", List.of(planted), List.of(), List.of()))))
        .designs()
        .getFirst()
        .score();
  }

  private static Review review(List<String> strengths, List<Finding> findings) {
    return new Review(
        "summary",
        strengths,
        findings,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        Mode.OFFLINE,
        Language.EN,
        Optional.empty());
  }

  @Test
  void aStrengthThatQuotesAPlantedProblemOrNamesItsItemIsFalse() {
    ReviewEvaluation.Planted backups =
        new ReviewEvaluation.Planted("backups disabled", "", "automated backups are disabled");
    ReviewEvaluation.Planted alerts =
        new ReviewEvaluation.Planted(
            "no runbook", "design-review-checklist#are-there-alerts-and-runbooks", "runbook");

    ReviewEvaluation.Score score =
        score(
            review(
                List.of(
                    "Backups — yes: \"Automated backups are\ndisabled for the staging copy\"",
                    "Are there alerts and runbooks? — yes (\"alert\")",
                    "Multi-AZ database"),
                List.of()),
            backups,
            alerts);

    assertEquals(0, score.found());
    assertEquals(2, score.falseStrengths().size(), score.falseStrengths().toString());
  }

  @Test
  void aFindingCountsWhenItCitesThePlantedItemOrQuotesItsEvidence() {
    Finding byItem =
        new Finding(
            Severity.HIGH,
            Area.RELIABILITY,
            "Zones",
            "The design is silent on this.",
            "Spread across zones.",
            "design-review-checklist#is-the-service-redundant-across-zones");
    Finding byQuote =
        new Finding(
            Severity.CRITICAL,
            Area.SECURITY,
            "Something else",
            "The design says: \"the DB pass-\nword is in config.yaml\"",
            "Use a secret manager.",
            "");

    ReviewEvaluation.Score score =
        score(
            review(List.of(), List.of(byItem, byQuote)),
            new ReviewEvaluation.Planted(
                "single AZ", "design-review-checklist#is-the-service-redundant-across-zones", ""),
            new ReviewEvaluation.Planted("password in config", "", "pass word is in config.yaml"),
            new ReviewEvaluation.Planted("no load test", "", "load test"));

    assertEquals(2, score.found());
    assertEquals(List.of("no load test"), score.missed());
  }
}
