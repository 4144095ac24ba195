package dev.platformconsultant.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.TestApp;
import dev.platformconsultant.text.Language;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The offline review with the shipped checklist, one test per way it once misread a design: what a
 * design states outright, defers, does by hand or rules out of scope.
 */
class ShippedChecklistReviewTest {
  private static final String ID = "design-review-checklist#";
  private static DesignReviewer reviewer;

  @BeforeAll
  static void wire() {
    Map<String, String> env = TestApp.offlineEnv();
    env.put("CONSULTANT_KNOWLEDGE_DIR", "knowledge");
    reviewer = TestApp.wire(env).reviewer();
  }

  private static Optional<Finding> finding(Review review, String item) {
    return review.findings().stream().filter(f -> f.source().equals(ID + item)).findFirst();
  }

  private static boolean strength(Review review, String quoted) {
    return review.strengths().stream().anyMatch(s -> s.contains(quoted));
  }

  @Test
  void disabledBackupsAreACriticalFindingQuotingTheDesignNotASnapshotStrength() {
    String design =
        "# Orders\n\nOrders live in RDS. Automated backups are disabled for now because the snapshot"
            + " storage cost too much; we take a manual snapshot before each release.\n";

    Review review = reviewer.review(design);

    Finding backups = finding(review, "backups-and-restore").orElseThrow();
    assertEquals(Severity.CRITICAL, backups.severity());
    assertTrue(backups.evidence().contains("Automated backups are disabled"), backups.evidence());
    assertFalse(strength(review, "snapshot"), review.strengths().toString());
  }

  @Test
  void aLaptopDeployIsAFindingEvenWhenCiBuildsTheImages() {
    String design =
        "# Orders\n\nImages are built by GitLab CI on every merge. Production deploys are run by the"
            + " tech lead from his laptop with helm upgrade.\n";

    Review review = reviewer.review(design);

    assertTrue(finding(review, "manual-production-deploys").isPresent(), review.toString());
    assertFalse(strength(review, "GitLab CI"), review.strengths().toString());
  }

  @Test
  void dashboardsAfterGoLiveAreMissingMetricsNotMetricsInPlace() {
    Review review =
        reviewer.review("# Orders\n\nWe will add dashboards after\ngo-live, once we know more.\n");

    Finding metrics = finding(review, "metrics-logs-and-traces").orElseThrow();
    assertTrue(metrics.evidence().contains("dashboards after go-live"), metrics.evidence());
    assertTrue(review.strengths().isEmpty(), review.strengths().toString());
  }

  @Test
  void alertsAndRunbooksThatComeLaterAreNotAStrength() {
    Review review =
        reviewer.review(
            "# Orders\n\nAlerts and runbooks will come later; the team watches Slack.\n");

    assertTrue(finding(review, "alerts-and-runbooks").isPresent(), review.findings().toString());
    assertTrue(review.strengths().isEmpty(), review.strengths().toString());
  }

  @Test
  void aBigBangSplitByALineBreakOrAHyphenIsStillABigBang() {
    for (String said :
        new String[] {"a Big-\nbang cut-over", "a big-bang cut-over", "a big bang"}) {
      Review review =
          reviewer.review("# Orders\n\nWe switch on go-live night with " + said + ".\n");

      Finding rollout = finding(review, "rollout-without-a-way-back").orElseThrow();
      assertEquals(Severity.CRITICAL, rollout.severity(), said);
      assertFalse(rollout.evidence().contains("does not say"), said);
    }
  }

  @Test
  void aBigBangTheDesignRulesOutIsNoFinding() {
    Review review =
        reviewer.review(
            "# Orders\n\nNo big bang: we move one journey at a time behind a feature flag.\n");

    assertTrue(finding(review, "rollout-without-a-way-back").isEmpty(), review.toString());
  }

  @Test
  void apiInsideAServiceNameIsNotSelfService() {
    Review review =
        reviewer.review("# Orders\n\nThe `orders-api` stores orders; `checkout-api` calls it.\n");

    assertTrue(review.strengths().isEmpty(), review.strengths().toString());
  }

  @Test
  void aDesignSilentOnSecretsIsAskedNotGivenACritical() {
    Review review = reviewer.review("# Orders\n\nA Spring Boot service on EKS.\n");

    assertTrue(finding(review, "secrets-in-code-config-or-git").isEmpty());
    assertTrue(
        review.findings().stream().noneMatch(f -> f.severity() == Severity.CRITICAL),
        review.findings().toString());
    assertTrue(review.findings().size() <= OfflineReviewer.MAX_FINDINGS);
    assertTrue(review.questions().size() <= OfflineReviewer.MAX_QUESTIONS);
    for (Finding f : review.findings()) {
      assertFalse(review.questions().contains(f.title()), f.title() + " is asked too");
    }
  }

  @Test
  void aRollbackProblemIsAQuickWinAndSbomSigningIsNot() {
    String design =
        "# Orders\n\nBase images use the `latest` tag. We deploy all replicas at once. Automated"
            + " backups are disabled.\n";

    Review review = reviewer.review(design);

    assertTrue(
        review.quickWins().getFirst().contains("Backups and restore"),
        review.quickWins().toString());
    assertTrue(
        review.quickWins().stream().anyMatch(q -> q.contains("Rollout without a way back")),
        review.quickWins().toString());
    assertTrue(
        review.quickWins().stream().noneMatch(q -> q.contains("Software supply chain")),
        review.quickWins().toString());
  }

  @Test
  void defaultDenyNetworkPoliciesAreAStrengthNotMissingExposure() {
    Review review =
        reviewer.review(
            "# Platform\n\nNamespaces start with default-deny NetworkPolicies; teams open only"
                + " what they declare.\n");

    assertTrue(finding(review, "network-exposure").isEmpty());
    assertTrue(strength(review, "default-deny NetworkPolicies"), review.strengths().toString());
    assertFalse(
        review
            .questions()
            .contains("What is reachable from the internet, and are the data stores private?"));
  }

  @Test
  void aShortSentenceIsReadWithItsHeading() {
    Review review = reviewer.review("# Orders\n\n## Backups\n\nNone yet.\n");

    Finding backups = finding(review, "backups-and-restore").orElseThrow();
    assertTrue(backups.evidence().contains("Backups: None yet."), backups.evidence());
  }

  @Test
  void aFrenchBigBangIsFoundAndTheReviewIsInFrench() {
    String design =
        "# Migration de la facturation\n\nLa bascule déploie les nouvelles versions sur tous les"
            + " réplicas d'un coup. Les sauvegardes seront configurées plus tard.\n";

    Review review = reviewer.review(design);

    assertEquals(Language.FR, review.language());
    Finding rollout = finding(review, "rollout-without-a-way-back").orElseThrow();
    assertEquals("Mise en production sans retour arrière", rollout.title());
    assertTrue(rollout.recommendation().startsWith("Déployez progressivement"));
    assertTrue(finding(review, "backups-and-restore").isPresent());
    String markdown = ReviewMarkdown.render(review);
    assertTrue(markdown.contains("_Fiabilité_") && markdown.contains("[CRITIQUE]"), markdown);
    assertTrue(
        review.questions().stream().allMatch(q -> q.endsWith(" ?")), review.questions().toString());
  }

  @Test
  void aBatchJobWithNoUserTrafficHasNoLatencySloToMiss() {
    Review review =
        reviewer.review(
            "# Nightly export\n\n## Context\n\nA batch job with no user traffic: it runs at 02:00.\n");

    assertTrue(finding(review, "service-level-objectives").isEmpty());
    assertTrue(
        review.notApplicable().stream().anyMatch(n -> n.startsWith("Service level objectives")),
        review.notApplicable().toString());
    assertFalse(review.questions().stream().anyMatch(q -> q.contains("SLO")));
  }
}
