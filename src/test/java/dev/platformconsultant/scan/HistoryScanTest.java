package dev.platformconsultant.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery evidence from histories the tests write with JGit, dated so that every figure can be
 * checked by hand.
 */
class HistoryScanTest {
  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
  @TempDir Path dir;

  @Test
  void releaseTagsGiveDeploymentsLeadTimesFailuresAndRework() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      commit(git, "Add checkout", 60);
      RevCommit c2 = commit(git, "Add payments", 50);
      tag(git, "v1.0.0", c2, 49);
      commit(git, "Add refunds", 30);
      RevCommit c4 = commit(git, "Hotfix: null check on refunds", 29);
      tag(git, "v1.0.1", c4, 28);
      commit(git, "Revert \"Add refunds\"", 10);
      RevCommit c6 = commit(git, "Add vouchers", 5);
      tag(git, "v1.1.0", c6, 4);

      DeliveryEvidence e = HistoryScan.scan(git.getRepository(), "refs/heads/main", 90, NOW);

      assertEquals(3, e.deployments());
      assertTrue(e.deploymentRule().startsWith("release tags"), e.deploymentRule());
      assertEquals(
          0.23, e.deploymentsPerWeek(), "3 releases in 90 days, two decimals below one a week");
      // Lead times in hours: 264, 24 (v1.0.0); 48, 24 (v1.0.1); 144, 24 (v1.1.0).
      assertEquals(24.0, e.leadTimeP50Hours());
      assertEquals(264.0, e.leadTimeP90Hours());
      assertEquals(2, e.failures(), "the hotfix and the revert");
      assertEquals(66.7, e.changeFailRatePercent());
      assertEquals(33.3, e.reworkRatePercent(), "v1.0.1 is a patch release");
      assertTrue(
          e.examples().stream().anyMatch(x -> x.contains("Revert")), e.examples().toString());
      assertEquals("main", e.branch());
    }
  }

  @Test
  void withoutTagsMergesToTheDefaultBranchAreTheDeploymentsAndTheRuleSaysSo() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      commit(git, "Initial", 40);
      git.branchCreate().setName("feature").call();
      git.checkout().setName("feature").call();
      commit(git, "Feature work", 20, "feature.txt");
      git.checkout().setName("main").call();
      commit(git, "Docs", 15);
      git.merge()
          .include(git.getRepository().resolve("feature"))
          .setFastForward(MergeCommand.FastForwardMode.NO_FF)
          .setCommit(false)
          .call();
      commitMerge(git, "Merge branch 'feature'", 10);

      DeliveryEvidence e = HistoryScan.scan(git.getRepository(), "refs/heads/main", 90, NOW);

      assertEquals(1, e.deployments());
      assertTrue(
          e.deploymentRule().startsWith("no release tag in the window: merges to main"),
          e.deploymentRule());
      assertEquals(240.0, e.leadTimeP50Hours(), "feature work 20 days ago, merged 10 days ago");
      assertNull(e.reworkRatePercent(), "not measurable without release tags");
    }
  }

  private static RevCommit commit(Git git, String message, int daysAgo) throws Exception {
    return commit(git, message, daysAgo, "file.txt");
  }

  private static RevCommit commit(Git git, String message, int daysAgo, String file)
      throws Exception {
    Files.writeString(
        git.getRepository().getWorkTree().toPath().resolve(file),
        message + daysAgo,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
    git.add().addFilepattern(file).call();
    PersonIdent who = ident(daysAgo);
    return git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
  }

  private static void commitMerge(Git git, String message, int daysAgo) throws Exception {
    PersonIdent who = ident(daysAgo);
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
  }

  private static void tag(Git git, String name, RevCommit commit, int daysAgo) throws Exception {
    git.tag().setName(name).setObjectId(commit).setAnnotated(true).setTagger(ident(daysAgo)).call();
  }

  private static PersonIdent ident(int daysAgo) {
    return new PersonIdent(
        "Dev", "dev@example.com", NOW.minus(Duration.ofDays(daysAgo)), ZoneOffset.UTC);
  }
}
