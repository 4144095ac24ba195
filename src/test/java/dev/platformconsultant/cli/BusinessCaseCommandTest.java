package dev.platformconsultant.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.businesscase.BusinessCaseInputs;
import dev.platformconsultant.businesscase.BusinessCaseInputsFile;
import dev.platformconsultant.config.EnvironmentSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code consultant business-case}, run in-process on a temporary data directory, offline (no
 * model: the report's own summary, no sponsor's summary).
 */
class BusinessCaseCommandTest {
  private static final String EXAMPLE = "src/main/resources/businesscase/example-inputs.yaml";
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  /**
   * The worked example typed in: organisation, currency (Enter), horizon (Enter), rate, ramp-up,
   * the four costs, the migration, the four developer-time benefits, Enter for the three optional
   * benefits and the three multipliers.
   */
  private static final String ANSWERS =
      "Example Retail\n\n\n0.08\n0\n4\n10,000\n60000\n0\n0\n0\n0\n120\n2\n48\n80\n\n\n\n\n\n\n";

  @TempDir Path dataDir;
  @TempDir Path outDir;

  private final ObjectMapper json = new ObjectMapper();
  private Map<String, String> env;

  private record Run(int exit, String out, String err) {}

  @BeforeEach
  void offlineOnATemporaryDataDir() {
    env = TestApp.offlineEnv();
    env.put("CONSULTANT_DATA_DIR", dataDir.toString());
  }

  @Test
  void theExampleInputsPrintTheReportAndSaveItsFiles() throws Exception {
    // when
    Run r = run("", "business-case", "--inputs", EXAMPLE, "--out", outDir.toString());

    // then
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("# Business case: Example Retail ("), r.out());
    Path saved = onlySaved();
    assertTrue(r.err().contains("saved: " + saved), r.err());
    List<String> files =
        List.of(
            "business-case.html",
            "business-case.json",
            "business-case.md",
            "business-case.pdf",
            "cumulative.png");
    assertEquals(files, namesIn(saved));
    assertEquals(files, namesIn(outDir));
    assertEquals(r.out().strip(), Files.readString(saved.resolve("business-case.md")).strip());
    byte[] png = Files.readAllBytes(saved.resolve("cumulative.png"));
    assertArrayEquals(PNG, Arrays.copyOf(png, PNG.length));
    String html = Files.readString(saved.resolve("business-case.html"));
    assertTrue(html.contains("<title>Business case: Example Retail</title>"), html);
    assertTrue(html.contains("src=\"data:image/png;base64,"), "the chart is embedded");
    JsonNode record = json.readTree(saved.resolve("business-case.json").toFile());
    assertEquals(saved.getFileName().toString(), record.get("id").asText());
    assertEquals("EXPECTED", record.get("scenarios").get(1).get("kind").asText());
    assertEquals(6.9, record.get("scenarios").get(1).get("simplePaybackMonths").asDouble());
    assertEquals(6, record.get("scenarios").get(1).get("breakEvenMonth").asInt());
    assertEquals(
        20, record.get("assumptions").size(), "every input is an assumption with its owner");
  }

  @Test
  void theSavedRecordsInputsReadBackAsAnInputsFile() throws Exception {
    run("", "business-case", "--inputs", EXAMPLE);
    JsonNode record = json.readTree(onlySaved().resolve("business-case.json").toFile());

    BusinessCaseInputs again = new BusinessCaseInputsFile().read(record.get("inputs").toString());

    assertEquals(new BusinessCaseInputsFile().read(Files.readString(Path.of(EXAMPLE))), again);
  }

  @Test
  void theLanguageOptionWinsOverTheFiles() throws Exception {
    Run r = run("", "business-case", "--inputs", EXAMPLE, "--language", "fr");

    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("# Étude de rentabilité : Example Retail ("), r.out());
  }

  @Test
  void theInterviewReadsAnswersLineByLineFromStandardInput() throws Exception {
    // when
    Run r = run(ANSWERS, "business-case", "--json");

    // then
    assertEquals(0, r.exit(), r.err());
    JsonNode record = json.readTree(r.out());
    assertEquals(921_600.0, record.get("basis").get("timeSavedPerYear").asDouble());
    assertEquals(540_000.0, record.get("basis").get("firstYearCost").asDouble());
    assertEquals(7.03, record.get("scenarios").get(1).get("simplePaybackMonths").asDouble());
    assertEquals(0.5, record.get("scenarios").get(0).get("multiplier").asDouble(), "default");
    assertEquals("EUR", record.get("inputs").get("currency").asText(), "default");
    assertTrue(r.err().contains("Organisation: "), r.err());
    assertTrue(r.err().contains("Horizon (years) [3]: "), r.err());
    assertTrue(r.err().contains("Loaded monthly cost of an engineer (EUR per month): "), r.err());
    assertTrue(r.err().contains("== Benefits =="), r.err());
    assertTrue(onlySaved().getFileName().toString().startsWith("example-retail-"));
  }

  @Test
  void theFrenchInterviewTakesDecimalCommas() throws Exception {
    String answers =
        "Exemple\n\n\n0,08\n0\n4\n10 000\n60000\n0\n0\n0\n0\n120\n2,5\n48\n80\n\n\n\n\n\n\n";

    Run r = run(answers, "business-case", "--language", "fr", "--json");

    assertEquals(0, r.exit(), r.err());
    JsonNode record = json.readTree(r.out());
    assertEquals(1_152_000.0, record.get("basis").get("timeSavedPerYear").asDouble());
    assertTrue(r.err().contains("Taux d'actualisation (annuel) (0,08 pour 8 %) : "), r.err());
  }

  @Test
  void answersEndingEarlyAreAUsageErrorAndSaveNothing() {
    // given the organisation, currency, horizon and rate only
    Run r = run("Example Retail\n\n\n0.08\n", "business-case");

    // then
    assertEquals(2, r.exit(), r.err());
    String last = r.err().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertEquals(
        "error: ramp_up_months: the answers ended before this question; nothing was saved", last);
    assertEquals("", r.out());
    assertFalse(Files.exists(dataDir.resolve("deliverables")), "nothing saved");
  }

  @Test
  void aWrongAnswerFromStandardInputIsNotAskedAgain() {
    Run r = run("Example Retail\n\n\n0.8\n", "business-case");

    assertEquals(2, r.exit(), r.err());
    assertTrue(
        r.err().contains("error: discount_rate: 0.8 is outside 0–0.5; it accepts an annual rate"),
        r.err());
  }

  @Test
  void aBadInputsFileIsAUsageErrorNamingTheFieldAndSavesNothing() throws Exception {
    // given
    Path bad = outDir.resolve("bad.yaml");
    Files.writeString(
        bad,
        Files.readString(Path.of(EXAMPLE))
            .replace("tooling_per_year: 60000", "tooling_per_year: -60000"));

    // when
    Run r = run("", "business-case", "--inputs", bad.toString());

    // then
    assertEquals(2, r.exit(), r.err());
    assertEquals(
        "error: "
            + bad
            + ": costs.tooling_per_year: -60000 is negative; it accepts an amount in EUR per year,"
            + " from 0",
        r.err().strip());
    assertEquals("", r.out());
    assertFalse(Files.exists(dataDir.resolve("deliverables")), "nothing saved");
  }

  @Test
  void aMissingFileAndAnUnknownLanguageAreUsageErrors() {
    Run missing = run("", "business-case", "--inputs", "no/such/inputs.yaml");
    Run german = run("", "business-case", "--inputs", EXAMPLE, "--language", "de");

    assertEquals(2, missing.exit());
    assertEquals("error: no such file: no/such/inputs.yaml", missing.err().strip());
    assertEquals(2, german.exit());
    assertEquals(
        "error: --language: 'de' is not a language; it accepts en or fr", german.err().strip());
  }

  private Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli =
        ConsultantCommand.commandLine(
            () -> EnvironmentSettings.from(env),
            dev.platformconsultant.Main::wire,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  private Path onlySaved() throws IOException {
    Path kind = dataDir.resolve("deliverables/business-case");
    List<String> ids = namesIn(kind);
    assertEquals(1, ids.size(), ids.toString());
    return kind.resolve(ids.getFirst());
  }

  private static List<String> namesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
