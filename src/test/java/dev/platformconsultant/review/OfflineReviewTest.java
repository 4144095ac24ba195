package dev.platformconsultant.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.TestApp;
import dev.platformconsultant.model.Mode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfflineReviewTest {
  private final DesignReviewer reviewer =
      TestApp.wire(TestApp.withReviewChecklist(TestApp.offlineEnv())).reviewer();

  private static Optional<Finding> finding(Review review, String titleStart) {
    return review.findings().stream().filter(f -> f.title().startsWith(titleStart)).findFirst();
  }

  @Test
  void everyPlantedProblemIsFlaggedWithItsSeverity() {
    Review review = reviewer.review(TestApp.resource("review/planted-problems.md"));

    assertEquals(Mode.OFFLINE, review.mode());
    Finding secrets = finding(review, "Are secrets kept out").orElseThrow();
    assertEquals(Severity.CRITICAL, secrets.severity());
    assertTrue(secrets.evidence().contains("password: S3cr3t-Orders-2026!"), secrets.evidence());
    assertEquals(
        "design-review-checklist#are-secrets-kept-out-of-code-and-config", secrets.source());
    Finding zones = finding(review, "Is the service redundant").orElseThrow();
    assertEquals(Severity.HIGH, zones.severity());
    assertTrue(zones.evidence().contains("single-AZ"), zones.evidence());
    assertEquals(
        Severity.HIGH, finding(review, "Is there a rollback plan?").orElseThrow().severity());
    assertEquals(Severity.HIGH, finding(review, "Are SLOs defined?").orElseThrow().severity());
    assertEquals(Severity.CRITICAL, review.findings().getFirst().severity(), "most severe first");
    assertTrue(
        review.strengths().stream()
            .anyMatch(s -> s.contains("\"An alert fires when a pod restarts more than 5 times.\"")),
        review.strengths().toString());
    assertTrue(review.questions().contains("Is there a cost estimate?"));
    assertFalse(review.quickWins().isEmpty());
    assertFalse(review.longerTerm().isEmpty());
  }

  @Test
  void anItemTheDesignIsSilentOnIsAFindingOrAQuestionNeverBoth() {
    Review review = reviewer.review(TestApp.resource("review/planted-problems.md"));

    for (Finding f : review.findings()) {
      assertFalse(review.questions().contains(f.title()), f.title() + " is listed twice");
    }
    assertEquals(List.of("Is there a cost estimate?"), review.questions());
  }

  @Test
  void aSoundDesignHasNoFindings() {
    Review review = reviewer.review(TestApp.resource("review/good-design.md"));

    assertEquals(List.of(), review.findings(), review.findings().toString());
    assertEquals(6, review.strengths().size(), review.strengths().toString());
  }

  @Test
  void theMarkdownShowsEveryPart() {
    String markdown =
        ReviewMarkdown.render(reviewer.review(TestApp.resource("review/planted-problems.md")));

    for (String part :
        List.of(
            "## Design review",
            "### Strengths",
            "### Findings",
            "**[CRITICAL] Are secrets kept out",
            "### Questions for the team",
            "**Quick wins**",
            "**Longer term**",
            "Source: `design-review-checklist#")) {
      assertTrue(markdown.contains(part), part + " in\n" + markdown);
    }
  }

  @Test
  void aQuotedLineLeavesOutTheListMarkThatStartsIt() {
    Review review =
        reviewer.review(
            "## Components\n- PostgreSQL on Amazon RDS, single-AZ to keep costs down.\n");

    assertEquals(
        "The design says: \"PostgreSQL on Amazon RDS, single-AZ to keep costs down.\"",
        finding(review, "Is the service redundant").orElseThrow().evidence());
  }

  @Test
  void wordsMatchWholeButPunctuatedTermsAsWritten() {
    assertTrue(Phrase.of("roll back").find("we roll back with argo").isPresent());
    assertFalse(Phrase.of("rollback").find("enrollback").isPresent());
    assertTrue(Phrase.of("password:").find("  password: x").isPresent());
    assertFalse(Phrase.of("password:").find("passwords are rotated").isPresent());
  }
}
