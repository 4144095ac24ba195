package dev.platformconsultant.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.platformconsultant.Main;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.config.EnvironmentSettings;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/**
 * {@code consultant eval} on a small set written for the fixture knowledge base, in which some
 * expectations are deliberately wrong so that misses are seen: offline, and with a stubbed model
 * (OpenAI wire format) that also plays the judge.
 */
class EvalCommandTest {
  @RegisterExtension
  static WireMockExtension openAi =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String SET = "src/test/resources/eval-set";
  private final ObjectMapper json = new ObjectMapper();

  private record Run(int exit, String out, String err) {}

  private static Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli =
        ConsultantCommand.commandLine(
            () -> EnvironmentSettings.from(env), Main::wire, new ByteArrayInputStream(new byte[0]));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void offlineTheScorecardCountsHitsAndMissesOfEachPart() throws Exception {
    Run r = run(TestApp.withReviewChecklist(TestApp.offlineEnv()), "eval", "--set", SET, "--json");

    assertEquals(0, r.exit(), r.err());
    JsonNode card = json.readTree(r.out());
    assertEquals("none", card.get("llm").asText());
    JsonNode all = card.get("retrieval").get(0);
    assertEquals("all", all.get("scope").asText());
    assertEquals(3, all.get("questions").asInt());
    JsonNode answers = card.get("answers");
    assertEquals("offline", answers.get("mode").asText());
    assertEquals(
        "[{\"scope\":\"do\",\"hits\":2,\"total\":2},{\"scope\":\"what\",\"hits\":0,\"total\":1}]",
        answers.get("byIntent").toString().replaceAll(",\"rate\":[0-9.]+", ""),
        "the 'what' question expects a section that does not answer it");
    JsonNode orders = card.get("designs").get(0).get("score");
    assertEquals("orders", orders.get("design").asText());
    assertEquals(3, orders.get("planted").asInt());
    assertEquals(2, orders.get("found").asInt(), orders.toString());
    assertEquals("[\"no load test before the sales peak\"]", orders.get("missed").toString());
    assertFalse(card.get("llmChecks").get("ran").asBoolean());
  }

  @Test
  void theTextScorecardListsMissesOnDemand() {
    Run r =
        run(TestApp.withReviewChecklist(TestApp.offlineEnv()), "eval", "--set", SET, "--misses");

    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("recall@5"), r.out());
    assertTrue(r.out().contains("orders") && r.out().contains("2/3"), r.out());
    assertTrue(r.out().contains("missed: no load test before the sales peak"), r.out());
    assertTrue(r.out().contains("LLM answer checks: skipped"), r.out());
  }

  @Test
  void withAModelItsAnswersAreJudgedForCitationsLanguageAndInventedCompanyFacts() throws Exception {
    openAi.stubFor(
        post("/v1/chat/completions")
            .atPriority(1)
            .withRequestBody(containing("You check citations"))
            .willReturn(chat("{\\\"supported\\\": true, \\\"reason\\\": \\\"stated\\\"}")));
    openAi.stubFor(
        post("/v1/chat/completions")
            .atPriority(1)
            .withRequestBody(containing("for a company's engineering team"))
            .willReturn(chat("{\\\"unsupported\\\": [\\\"Kestrel Pay runs 40 clusters\\\"]}")));
    openAi.stubFor(
        post("/v1/chat/completions")
            .atPriority(5)
            .willReturn(
                chat(
                    "Start from what users feel [1]. Then agree an error budget policy with"
                        + " product [2].")));

    Run r =
        run(
            TestApp.withReviewChecklist(TestApp.llmEnv("openai", openAi.baseUrl() + "/v1")),
            "eval",
            "--set",
            SET,
            "--json");

    assertEquals(0, r.exit(), r.err());
    JsonNode checks = json.readTree(r.out()).get("llmChecks");
    assertTrue(checks.get("ran").asBoolean(), checks.toString());
    assertEquals(3, checks.get("answers").asInt(), checks.toString());
    assertTrue(checks.get("citationsJudged").asInt() >= 3, checks.toString());
    assertEquals(checks.get("citationsJudged").asInt(), checks.get("citationsSupported").asInt());
    assertEquals(2, checks.get("inQuestionLanguage").asInt(), "the French question got English");
    assertEquals(3, checks.get("withUnsupportedCompanyFacts").asInt(), checks.toString());
    assertTrue(checks.get("notes").toString().contains("Kestrel Pay runs 40 clusters"));
  }

  @Test
  void aSetThatIsNotADirectoryIsAUsageError() {
    Run r = run(TestApp.offlineEnv(), "eval", "--set", "no/such/dir");

    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--set: not a directory"), r.err());
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder chat(
      String content) {
    ObjectNode body = (ObjectNode) readFixture();
    ((ObjectNode) body.get("choices").get(0).get("message"))
        .put("content", content.replace("\\\"", "\""));
    return aResponse().withHeader("Content-Type", "application/json").withBody(body.toString());
  }

  private static JsonNode readFixture() {
    try {
      return new ObjectMapper().readTree(TestApp.resource("llm/openai-chat.json"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
