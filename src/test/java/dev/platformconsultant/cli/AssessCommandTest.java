package dev.platformconsultant.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platformconsultant.Main;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.app.Services;
import dev.platformconsultant.assessment.Assessor;
import dev.platformconsultant.config.EnvironmentSettings;
import dev.platformconsultant.config.Settings;
import dev.platformconsultant.model.PromptBuilder;
import dev.platformconsultant.model.PromptLibrary;
import dev.platformconsultant.text.TokenCounter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code consultant assess}, {@code assess list} and {@code assess show}, run in-process on a
 * temporary data directory, offline. The assessor's clock moves a day at each assessment so that
 * two runs never share an id.
 */
class AssessCommandTest {
  private static final String EXAMPLES = "src/main/resources/assessment/examples/";
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  /** Team name, the ten required answers, no capabilities, no industry, no size. */
  private static final String INTERVIEW = "Checkout\n3\n3\n5\n20\n15\n2\n2\n1\n1\n1\nn\n\n\n";

  @TempDir Path dataDir;
  @TempDir Path outDir;

  private final ObjectMapper json = new ObjectMapper();
  private final StepClock clock = new StepClock(Instant.parse("2026-12-01T09:30:00Z"));
  private Map<String, String> env;

  private record Run(int exit, String out, String err) {}

  @BeforeEach
  void offlineOnATemporaryDataDir() {
    env = TestApp.offlineEnv();
    env.put("CONSULTANT_DATA_DIR", dataDir.toString());
  }

  @Test
  void assessWithAnAnswersFilePrintsTheReportAndSavesItWithTheRecordAndThreeCharts()
      throws Exception {
    // when
    Run r = run("", "assess", "--answers", EXAMPLES + "answers.yaml", "--out", outDir.toString());

    // then
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out().startsWith("# Platform assessment: Payments platform (2026-12-01)"), r.out());
    assertTrue(r.out().contains("## Software delivery performance (DORA)"), r.out());
    assertFalse(r.out().contains("| Change |"), "a first assessment has nothing to compare with");
    Path saved = dataDir.resolve("assessments/payments-platform/payments-platform-20261201-093000");
    assertTrue(r.err().contains("saved: " + saved), r.err());
    assertTrue(r.err().contains("written: " + outDir.toAbsolutePath()), r.err());
    assertEquals(
        List.of("assessment.json", "dora.png", "radar.png", "report.md", "trend.png"),
        namesIn(outDir));
    assertEquals(namesIn(saved), namesIn(outDir));
    assertEquals(r.out().strip(), Files.readString(outDir.resolve("report.md")).strip());
    for (String chart : List.of("radar.png", "dora.png", "trend.png")) {
      byte[] png = Files.readAllBytes(outDir.resolve(chart));
      assertTrue(png.length > 5_000, chart + " is a drawn chart: " + png.length + " bytes");
      assertArrayEquals(PNG, Arrays.copyOf(png, PNG.length), chart);
      assertTrue(r.out().contains("![" + chart + "](" + chart + ")"), "the report links " + chart);
    }
    JsonNode record = json.readTree(outDir.resolve("assessment.json").toFile());
    assertEquals("payments-platform-20261201-093000", record.get("id").asText());
    assertEquals(6.5, record.get("dora").get("overall").asDouble());
    assertEquals("offline", record.get("narrative").get("mode").asText());
  }

  @Test
  void aSecondAssessmentOfTheTeamShowsTheChangeOfEachAnswer() throws Exception {
    // given
    assertEquals(0, run("", "assess", "--answers", EXAMPLES + "answers.yaml").exit());

    // when
    Run r = run("", "assess", "--answers", EXAMPLES + "answers-next-quarter.yaml");

    // then
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out().contains("| Metric | Answer | Score | DORA mean ± SD | Standing | Change |"),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "| Change lead time | One day to one week | 6 | 5.5 ± 2.4 | around the mean | +2 |"),
        r.out());
    assertTrue(r.out().contains("| Deployment rework rate | 10% | 9 |"), r.out());
    assertTrue(r.out().contains("| +0.5 |"), r.out());
    assertTrue(r.out().contains("| Aspect | Level | What it means | Change |"), r.out());
    assertTrue(r.out().contains("| Investment | 3 · Scalable: as product |"), r.out());
    Path team = dataDir.resolve("assessments/payments-platform");
    assertEquals(
        List.of("payments-platform-20261201-093000", "payments-platform-20261202-093000"),
        namesIn(team));
    JsonNode second =
        json.readTree(team.resolve("payments-platform-20261202-093000/assessment.json").toFile());
    assertEquals("payments-platform-20261201-093000", second.get("previousId").asText());
  }

  @Test
  void jsonPrintsTheRecordAsSaved() throws Exception {
    // when
    Run r = run("", "assess", "--answers", EXAMPLES + "answers.yaml", "--json");

    // then
    assertEquals(0, r.exit(), r.err());
    JsonNode printed = json.readTree(r.out());
    assertEquals("payments-platform-20261201-093000", printed.get("id").asText());
    assertEquals("Payments platform", printed.get("team").asText());
    assertEquals(17, printed.get("results").size());
    assertEquals(
        json.readTree(
            dataDir
                .resolve(
                    "assessments/payments-platform/payments-platform-20261201-093000/assessment.json")
                .toFile()),
        printed);
    assertFalse(r.out().contains("# Platform assessment"), "the record, not the report");
  }

  @Test
  void listAndShowPrintTheSavedAssessments() throws Exception {
    // given
    run("", "assess", "--answers", EXAMPLES + "answers.yaml");
    run("", "assess", "--answers", EXAMPLES + "answers-next-quarter.yaml");
    run(INTERVIEW, "assess");

    // when
    Run list = run("", "assess", "list");
    Run onlyPayments = run("", "assess", "list", "--team", "Payments platform");
    Run show = run("", "assess", "show", "payments-platform-20261202-093000");
    Run showJson = run("", "assess", "show", "checkout-20261203-093000", "--json");
    Run unknown = run("", "assess", "show", "nobody-20261203-093000");

    // then
    assertEquals(0, list.exit(), list.err());
    List<String> lines = list.out().lines().toList();
    assertEquals(3, lines.size(), list.out());
    assertTrue(lines.get(0).startsWith("checkout-20261203-093000"), lines.get(0));
    assertTrue(lines.get(1).startsWith("payments-platform-20261201-093000"), lines.get(1));
    assertTrue(lines.get(1).contains("DORA 6.5/10  CNCF 2 2 1 1 1"), lines.get(1));
    assertTrue(lines.get(2).contains("2026-12-02  DORA 7.6/10  CNCF 3 2 3 2 2"), lines.get(2));
    assertEquals(2, onlyPayments.out().lines().count(), onlyPayments.out());

    assertEquals(0, show.exit(), show.err());
    assertTrue(show.out().startsWith("# Platform assessment: Payments platform (2026-12-02)"));
    assertTrue(show.out().contains("| Change |"), "the saved report, with its changes");
    assertTrue(show.err().contains("folder: "), show.err());
    assertEquals("Checkout", json.readTree(showJson.out()).get("team").asText());

    assertEquals(2, unknown.exit());
    assertEquals(
        "error: no assessment with id 'nobody-20261203-093000'; `consultant assess list` lists"
            + " them",
        unknown.err().strip());
  }

  @Test
  void listWithNoAssessmentSaysHowToStart() {
    Run r = run("", "assess", "list");

    assertEquals(0, r.exit(), r.err());
    assertEquals("No assessment yet: run `consultant assess`.", r.out().strip());
  }

  @Test
  void theInterviewReadsAnswersLineByLineFromStandardInput() throws Exception {
    // when
    Run r = run(INTERVIEW, "assess", "--json");

    // then
    assertEquals(0, r.exit(), r.err());
    JsonNode record = json.readTree(r.out());
    assertEquals("Checkout", record.get("team").asText());
    assertEquals("checkout-20261201-093000", record.get("id").asText());
    assertEquals(10, record.get("results").size(), "no capability rated");
    assertEquals("one_week_to_one_month", record.get("results").get(0).get("choiceId").asText());
    assertEquals(8.5, record.get("results").get(4).get("score").asDouble(), "15%");
    assertFalse(record.get("dora").get("comparison").has("industry"), "Enter skipped it");
    assertTrue(r.err().contains("Team name: "), r.err());
    assertTrue(r.err().contains("[1/10] Change lead time"), r.err());
    assertTrue(r.err().contains("== Platform engineering maturity (CNCF) =="), r.err());
    assertTrue(r.err().contains("  1) Provisional: voluntary or temporary"), r.err());
    assertTrue(r.err().contains("Rate 13 capability statements too"), r.err());
  }

  @Test
  void theInterviewAsksTheCapabilitiesInFrenchWhenAskedTo() throws Exception {
    // given the team, ten answers, "oui" and thirteen agreements, an industry and no size
    String stdin =
        "Équipe Paiements\n3\n3\n5\n20\n15\n2\n2\n1\n1\n1\noui\n"
            + "4\n2\n3\n3\n3\n3\n2\n4\n3\n2\n1\n2\n4\n"
            + "financial_services\n\n";

    // when
    Run r = run(stdin, "assess", "--language", "fr", "--json");

    // then
    assertEquals(0, r.exit(), r.err());
    JsonNode record = json.readTree(r.out());
    assertEquals("fr", record.get("language").asText());
    assertEquals("equipe-paiements", record.get("teamSlug").asText());
    assertEquals(23, record.get("results").size());
    assertEquals(
        "financial_services",
        record.get("dora").get("comparison").get("industry").get("group").asText());
    assertTrue(r.err().contains("Nom de l'équipe : "), r.err());
    assertTrue(r.err().contains("Votre réponse (1-6) : "), r.err());
  }

  @Test
  void answersEndingEarlyAreAUsageErrorAndSaveNothing() throws Exception {
    // given the team and three answers only
    Run r = run("Checkout\n3\n3\n5\n", "assess");

    // then
    assertEquals(2, r.exit(), r.err());
    String last = r.err().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertEquals(
        "error: answers.change_fail_rate: the answers ended before this question; nothing was"
            + " saved",
        last.substring(last.indexOf("error: ")));
    assertEquals(1, r.err().lines().filter(l -> l.contains("error")).count(), r.err());
    assertEquals("", r.out());
    assertFalse(Files.exists(dataDir.resolve("assessments/checkout")), "nothing saved");
  }

  @Test
  void aWrongAnswerFromStandardInputIsNotAskedAgainWhenNoOneIsTyping() throws Exception {
    Run r = run("Checkout\n9\n3\n", "assess");

    assertEquals(2, r.exit(), r.err());
    assertTrue(
        r.err().contains("error: answers.change_lead_time: '9' is not an answer; it accepts 1-6"),
        r.err());
  }

  @Test
  void aBadAnswersFileIsAUsageErrorNamingTheField() throws Exception {
    // given
    Path bad = outDir.resolve("bad.yaml");
    Files.writeString(
        bad,
        Files.readString(Path.of(EXAMPLES + "answers.yaml"))
            .replace("change_lead_time: one_week_to_one_month", "change_lead_time: 9"));

    // when
    Run r = run("", "assess", "--answers", bad.toString());

    // then
    assertEquals(2, r.exit(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(
        r.err()
            .startsWith(
                "error: "
                    + bad
                    + ": answers.change_lead_time: '9' is not an answer; it accepts"
                    + " 1-6 or one of: more_than_six_months,"),
        r.err());
    assertFalse(Files.exists(dataDir.resolve("assessments")), "nothing saved");
  }

  @Test
  void aMissingAnswersFileIsAUsageError() {
    Run r = run("", "assess", "--answers", "no/such/answers.yaml");

    assertEquals(2, r.exit());
    assertEquals("error: no such file: no/such/answers.yaml", r.err().strip());
  }

  @Test
  void metricsMarkTheDoraAnswersMeasured() throws Exception {
    // when
    Run r =
        run(
            "",
            "assess",
            "--answers",
            EXAMPLES + "answers.yaml",
            "--metrics",
            EXAMPLES + "metrics.yaml",
            "--out",
            outDir.toString());

    // then
    assertEquals(0, r.exit(), r.err());
    JsonNode results = json.readTree(outDir.resolve("assessment.json").toFile()).get("results");
    for (int i = 0; i < 5; i++) {
      assertTrue(results.get(i).get("measured").asBoolean(), results.get(i).toString());
    }
    assertFalse(results.get(5).get("measured").asBoolean(), "CNCF aspects stay reported");
    assertEquals(52.5, results.get(0).get("value").asDouble());
    assertTrue(r.out().contains("17 answers, 5 measured, 12 self-reported"), r.out());
    assertTrue(
        r.out().contains("| Change lead time | One day to one week, measured: 52.5 hours | 6 |"),
        r.out());
    assertTrue(r.out().contains("| Change fail rate | measured: 12.5% | 8.8 |"), r.out());
  }

  @Test
  void aBadMetricsFileIsAUsageErrorNamingTheMetric() throws Exception {
    Path metrics = outDir.resolve("metrics.yaml");
    Files.writeString(metrics, "change_lead_time: two days\n");

    Run r =
        run("", "assess", "--answers", EXAMPLES + "answers.yaml", "--metrics", metrics.toString());

    assertEquals(2, r.exit(), r.err());
    assertTrue(
        r.err()
            .contains(
                "metrics.change_lead_time: 'two days' is not a number; it accepts a number of hours"),
        r.err());
    assertFalse(Files.exists(dataDir.resolve("assessments")), "nothing saved");
  }

  private Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli =
        ConsultantCommand.commandLine(
            () -> EnvironmentSettings.from(env),
            this::wireWithClock,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  /** The real application, but for the assessor's clock. */
  private Services wireWithClock(Settings settings) {
    Services s = Main.wire(settings);
    Assessor assessor =
        Assessor.wired(
            s.knowledge(),
            new PromptBuilder(
                PromptLibrary.load(settings.promptsDir(), settings.projectContext()),
                new TokenCounter(),
                settings.promptTokenBudget()),
            Optional.empty(),
            settings.dataDir().resolve("assessments"),
            clock);
    return s.withAssessor(assessor);
  }

  private static List<String> namesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** A clock a day later at each assessment. */
  private static final class StepClock extends Clock {
    private Instant next;

    StepClock(Instant first) {
      this.next = first;
    }

    @Override
    public synchronized Instant instant() {
      Instant now = next;
      next = next.plus(Duration.ofDays(1));
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
