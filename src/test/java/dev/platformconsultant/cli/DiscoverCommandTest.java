package dev.platformconsultant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.TestApp;
import dev.platformconsultant.config.EnvironmentSettings;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code consultant discover} with scripted answers: a vague answer is asked once more, a secret is
 * redacted, the context is shown and saved only when confirmed, an interview cut short saves
 * nothing.
 */
class DiscoverCommandTest {
  @TempDir Path data;
  private Map<String, String> env;
  private Path context;

  @BeforeEach
  void environment() {
    env = TestApp.offlineEnv();
    env.put("CONSULTANT_DATA_DIR", data.toString());
    env.remove("CONSULTANT_PROJECT_CONTEXT");
    context = data.resolve("project-context.md");
  }

  private static final String INTERVIEW =
      String.join(
          "\n",
          "Acme Travel",
          "Package holidays online to families; bookings peak in January",
          "six teams",
          "Six product teams of 5-8 people; a platform team of 4 that provisions by ticket",
          "Java and Go on EKS, PostgreSQL on RDS, GitLab CI, Argo CD",
          "AWS eu-west-1, dev staging prod, Terraform mostly; db password=hunter2hunter2",
          "",
          "A new service takes three weeks: tickets for the database and DNS",
          "A customer told us; rollback took two hours",
          "Self-service environments so teams stop waiting",
          "not sure",
          "About 20 deploys a week; 4 incidents last quarter",
          "");

  @Test
  void theInterviewBecomesTheProjectContextOnceConfirmed() throws Exception {
    Run r = run(INTERVIEW + "y\n");

    assertEquals(0, r.exit(), r.err());
    String saved = Files.readString(context);
    assertEquals(r.out().strip(), saved.strip(), "what was shown is what is saved");
    assertTrue(saved.contains("# Project context: Acme Travel"), saved);
    assertTrue(
        saved.contains("## Teams and their topology\n- Six product teams of 5-8 people\n"),
        "the fuller answer replaced \"six teams\": " + saved);
    assertTrue(saved.contains("## Constraints\n- _Not said yet._"), saved);
    assertTrue(saved.contains("- About 20 deploys a week\n- 4 incidents last quarter"), saved);
    assertFalse(saved.contains("hunter2"), "the secret is redacted: " + saved);
    assertTrue(r.err().contains("Could you say a little more?"), r.err());
  }

  @Test
  void withoutConfirmationNothingIsSavedAndAnInterviewCutShortIsExit2() throws Exception {
    Run declined = run(INTERVIEW + "n\n");
    assertEquals(0, declined.exit());
    assertTrue(declined.err().contains("Nothing was saved."), declined.err());
    assertFalse(Files.exists(context));

    Run cut = run("Acme Travel\nPackage holidays online to families\n");
    assertEquals(2, cut.exit());
    assertTrue(
        cut.err().contains("error: the answers ended before the interview did; nothing was saved"),
        cut.err());
    assertFalse(Files.exists(context));
  }

  @Test
  void aSecondInterviewKeepsThePreviousContextAsBak() throws Exception {
    Files.writeString(context, "# Project context: old\n");
    Run r = run(INTERVIEW + "y\n");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        "# Project context: old\n", Files.readString(data.resolve("project-context.md.bak")));
    assertTrue(Files.readString(context).contains("Acme Travel"));
  }

  private Run run(String stdin) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli =
        ConsultantCommand.commandLine(
            () -> EnvironmentSettings.from(env),
            settings -> {
              throw new AssertionError("an interview needs no knowledge base nor model");
            },
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Run(cli.execute("discover"), out.toString(), err.toString());
  }

  private record Run(int exit, String out, String err) {}
}
