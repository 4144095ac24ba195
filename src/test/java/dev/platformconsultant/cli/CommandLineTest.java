package dev.platformconsultant.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.platformconsultant.Main;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.config.EnvironmentSettings;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

class CommandLineTest {
  @RegisterExtension
  static WireMockExtension openAi =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ObjectMapper json = new ObjectMapper();

  record Run(int exit, String out, String err) {}

  private static Run run(Map<String, String> env, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli =
        ConsultantCommand.commandLine(
            () -> EnvironmentSettings.from(env),
            Main::wire,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static Run run(String... args) {
    return run(TestApp.offlineEnv(), "", args);
  }

  @Test
  void askPrintsTheAnswerAndItsSources() {
    Run r = run("ask", "How should we define SLOs for a payment API?");

    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("_Offline mode"), r.out());
    assertTrue(r.out().contains("Sources:\n  [1] "), r.out());
    assertTrue(r.out().contains("slo-error-budgets#"), r.out());
  }

  @Test
  void askJsonHasTheDocumentedShape() throws Exception {
    Run r = run("ask", "--json", "Comment réduire nos coûts Kubernetes ?");

    assertEquals(0, r.exit(), r.err());
    JsonNode root = json.readTree(r.out());
    assertEquals(List.of("answer", "sources", "mode", "language"), fieldNames(root));
    assertEquals("offline", root.get("mode").asText());
    assertEquals("fr", root.get("language").asText());
    JsonNode source = root.get("sources").get(0);
    assertEquals(List.of("id", "title", "path", "heading"), fieldNames(source));
    assertTrue(source.get("id").asText().startsWith("kubernetes-cost-optimisation#"));
  }

  @Test
  void searchJsonListsRankedPassages() throws Exception {
    Run r = run("search", "budget d'erreur SLO", "--top", "2", "--json");

    assertEquals(0, r.exit(), r.err());
    JsonNode list = json.readTree(r.out());
    assertEquals(2, list.size());
    assertEquals(
        List.of("id", "title", "path", "heading", "score", "text"), fieldNames(list.get(0)));
    assertTrue(list.get(0).get("id").asText().startsWith("slo-error-budgets#"));
    assertTrue(list.get(0).get("score").asDouble() >= list.get(1).get("score").asDouble());
  }

  @Test
  void evalScoresTheShippedDesignsWithTheOfflineReviewer() {
    Map<String, String> env = TestApp.offlineEnv();
    env.put("CONSULTANT_KNOWLEDGE_DIR", "knowledge");

    Run r = run(env, "", "eval");

    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().matches("(?s).*checkout-service +8/8 +found \\(8 quoted\\).*"), r.out());
    assertTrue(
        r.out().matches("(?s).*all +27/27 found  0 false strength\\(s\\)  0 practice.*"), r.out());
  }

  @Test
  void showPrintsAPassageById() {
    Run r = run("show", "slo-error-budgets#error-budget-policy");

    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("feature work pauses"));
  }

  @Test
  void usageErrorsExitTwoWithOneLine() {
    Run empty = run("ask", "   ");
    assertEquals(2, empty.exit());
    assertTrue(empty.err().startsWith("error: the question is empty"), empty.err());

    Run unknownOption = run("ask", "--nope", "hi");
    assertEquals(2, unknownOption.exit());

    Run unknownId = run("show", "nothing#here");
    assertEquals(2, unknownId.exit());
    assertTrue(unknownId.err().contains("no passage with id 'nothing#here'"));
  }

  @Test
  void aBadVariableExitsTwoWithOneLineNamingIt() {
    Map<String, String> env = TestApp.offlineEnv();
    env.put("LLM_TIMEOUT_SECONDS", "abc");
    env.put("LLM_PROVIDER", "ollama");

    Run r = run(env, "", "ask", "hi");

    assertEquals(2, r.exit());
    assertEquals(
        "configuration error: LLM_TIMEOUT_SECONDS: 'abc' is not accepted; expected a whole number from 1 to 3600",
        r.err().strip());
  }

  @Test
  void aFailingProviderExitsOneWithAClearMessageAndNoStackTrace() {
    openAi.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"boom\"}}")));

    Run r =
        run(
            TestApp.llmEnv("openai", openAi.baseUrl() + "/v1"),
            "",
            "ask",
            "How should we define SLOs for a payment API?");

    assertEquals(1, r.exit());
    assertTrue(r.out().startsWith("_Fallback: the LLM did not answer"), r.out());
    assertTrue(
        r.err()
            .contains("warning: LLM unavailable (openai/gpt-4.1-mini is unavailable (HTTP 500))"),
        r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
  }

  @Test
  void chatKeepsTheThreadAndLeavesOnExit() {
    Run r = run(TestApp.offlineEnv(), "what is an error budget?\nand the policy?\n/exit\n", "chat");

    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("offline mode"));
    assertEquals(2, r.out().split("consultant> ", -1).length - 1, r.out());
    String secondAnswer = r.out().substring(r.out().lastIndexOf("consultant> "));
    assertTrue(
        secondAnswer.contains("slo-error-budgets#error-budget-policy"),
        "the follow-up found the thread's topic: " + secondAnswer);
  }

  @Test
  void helpNeedsNoConfiguration() {
    Map<String, String> broken = Map.of("LLM_PROVIDER", "nonsense");

    Run r = run(broken, "", "--help");

    assertEquals(0, r.exit());
    assertTrue(r.out().contains("ask") && r.out().contains("search") && r.out().contains("chat"));
  }

  @Test
  void redactStripsSecretsFromStandardInput() {
    Run r =
        run(
            TestApp.offlineEnv(),
            "PORT=8080\nSTRIPE_SECRET_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc\n",
            "redact");

    assertEquals(0, r.exit());
    assertEquals("PORT=8080\nSTRIPE_SECRET_KEY=[REDACTED:stripe-key]\n", r.out());
    assertTrue(r.err().contains("1 secret was redacted before processing (stripe-key)"), r.err());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
