package dev.platformconsultant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.TestApp;
import dev.platformconsultant.assessment.Answers;
import dev.platformconsultant.assessment.AnswersFile;
import dev.platformconsultant.assessment.Questionnaire;
import dev.platformconsultant.config.EnvironmentSettings;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code consultant scan} on a repository the test writes with JGit, as a path and as a file://
 * URL: the history's figures, a workflow and Dockerfile finding cited path:line@sha, a committed
 * symbolic link that leads outside never followed, the metrics file read back by the assessment.
 */
class ScanCommandTest {
  @TempDir Path dir;
  private Path repo;
  private Map<String, String> env;

  @BeforeEach
  void repository() throws Exception {
    env = TestApp.offlineEnv();
    env.put("CONSULTANT_DATA_DIR", dir.resolve("data").toString());
    repo = dir.resolve("repo");
    Files.writeString(dir.resolve("outside.txt"), "FROM evil:latest\n");
    Instant now = Instant.now();
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      Files.createDirectories(repo.resolve(".github/workflows"));
      Files.writeString(
          repo.resolve(".github/workflows/ci.yml"),
          """
          name: ci
          on: push
          jobs:
            build:
              runs-on: ubuntu-latest
              steps:
                - uses: actions/checkout@v4
                - run: ./mvnw -B verify
          """);
      Files.writeString(
          repo.resolve("Dockerfile"), "FROM eclipse-temurin:21-jre\nCOPY app.jar /app.jar\n");
      Files.createSymbolicLink(repo.resolve("Dockerfile.evil"), dir.resolve("outside.txt"));
      git.add().addFilepattern(".").call();
      RevCommit first = commit(git, "Add the service", now.minus(Duration.ofDays(20)));
      git.tag()
          .setName("v1.0.0")
          .setObjectId(first)
          .setAnnotated(true)
          .setTagger(ident(now.minus(Duration.ofDays(19))))
          .call();
      Files.writeString(repo.resolve("README.md"), "service\n");
      git.add().addFilepattern("README.md").call();
      RevCommit second = commit(git, "Document the service", now.minus(Duration.ofDays(6)));
      git.tag()
          .setName("v1.1.0")
          .setObjectId(second)
          .setAnnotated(true)
          .setTagger(ident(now.minus(Duration.ofDays(5))))
          .call();
    }
  }

  @Test
  void aPathIsScannedAndItsMetricsFeedTheAssessment() throws Exception {
    Path metrics = dir.resolve("metrics.yaml");
    Run r = run("scan", repo.toString(), "--metrics-out", metrics.toString());

    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out().contains("| Deployments | 2 (0.16 a week) | release tags in the window (2) |"),
        r.out());
    assertTrue(r.out().contains("actions/checkout"), r.out());
    assertTrue(
        r.out().matches("(?s).*\\(`\\.github/workflows/ci\\.yml:7@[0-9a-f]{7}`\\).*"),
        "cited path:line@sha: " + r.out());
    assertTrue(r.out().contains("`Dockerfile:1@"), r.out());
    assertFalse(r.out().contains("evil"), "the link leading outside is never followed: " + r.out());
    assertTrue(r.out().contains("symbolic links or submodules were not followed"), r.out());

    Questionnaire questionnaire = Questionnaire.shipped();
    AnswersFile files = new AnswersFile(questionnaire);
    Answers answers =
        files.read(
            Files.readString(Path.of("src/main/resources/assessment/examples/answers.yaml")),
            Optional.empty());
    Answers measured = files.withMeasured(answers, Files.readString(metrics));
    assertTrue(
        measured.to("deployment_frequency").orElseThrow().measured(), Files.readString(metrics));
  }

  @Test
  void aFileUrlIsClonedWithoutCheckoutAndBadInputIsOneLine() throws Exception {
    Run url = run("scan", repo.toUri().toString(), "--since", "30d");
    assertEquals(0, url.exit(), url.err());
    assertTrue(url.out().contains("| Deployments | 2"), url.out());

    Run missing = run("scan", dir.resolve("nope").toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().startsWith("error: no such directory"), missing.err());
    Run notGit = run("scan", dir.toString());
    assertEquals(2, notGit.exit());
    assertTrue(notGit.err().contains("is not a git repository"), notGit.err());
    Run badWindow = run("scan", repo.toString(), "--since", "forever");
    assertEquals(2, badWindow.exit());
    assertTrue(badWindow.err().contains("--since: 'forever' is not a window"), badWindow.err());
  }

  private static RevCommit commit(Git git, String message, Instant at) throws Exception {
    PersonIdent who = ident(at);
    return git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
  }

  private static PersonIdent ident(Instant at) {
    return new PersonIdent("Dev", "dev@example.com", at, ZoneOffset.UTC);
  }

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli =
        ConsultantCommand.commandLine(
            () -> EnvironmentSettings.from(env),
            settings -> {
              throw new AssertionError("a scan needs no knowledge base nor model");
            },
            new ByteArrayInputStream(new byte[0]));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  private record Run(int exit, String out, String err) {}
}
