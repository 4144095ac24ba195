package dev.platformconsultant.assessment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.config.EnvironmentSettings;
import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.llm.LanguageModels;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.PromptBuilder;
import dev.platformconsultant.model.PromptLibrary;
import dev.platformconsultant.text.Language;
import dev.platformconsultant.text.TokenCounter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The narrative: an OpenAI-compatible stand-in answering valid and invalid JSON, and no model at
 * all.
 */
class AssessmentNarratorTest {
  @RegisterExtension
  static WireMockExtension llm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Path EXAMPLES = Path.of("src/main/resources/assessment/examples");
  private static final Pattern PASSAGE = Pattern.compile("<passage n=\"(\\d+)\" id=\"([^\"]+)\"");
  private static KnowledgeBase knowledge;

  private final ObjectMapper json = new ObjectMapper();
  private final Questionnaire questionnaire = Questionnaire.shipped();

  @BeforeAll
  static void loadShippedKnowledge() {
    knowledge = TestApp.shippedKnowledge();
  }

  @Test
  void aValidNarrativeIsUsedWithItsCitationsRenumberedInTheOrderTheyAreCited() throws Exception {
    // given a model citing the third passage, then the first, then the third again
    llm.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                TestApp.openAiChat(
                    """
                    {"summary": "Delivery is around DORA's mean [3]; the platform is provisional [1].",
                     "priorities": [
                       {"area": "interfaces", "why": "Teams wait on tickets.",
                        "first_step": "Offer one self-service path [3]."},
                       {"area": "change_lead_time", "why": "Weeks from commit to production.",
                        "first_step": "Remove the change board [1]."}
                     ]}""")));
    Assessment scored = example();

    // when
    Assessment narrated = narrator(Optional.of(model())).narrate(scored);

    // then
    List<String> given = passagesSent(0);
    Assessment.Narrative n = narrated.narrative();
    assertEquals("llm", n.mode());
    assertNull(n.warning());
    assertEquals(List.of(given.get(2), given.get(0)), n.citations());
    assertEquals(
        "Delivery is around DORA's mean [1]; the platform is provisional [2]."
            + "\n\n- **Interfaces**: Teams wait on tickets. Offer one self-service path [1]."
            + "\n\n- **Change lead time**: Weeks from commit to production. Remove the change"
            + " board [2].",
        n.text());
    assertEquals(
        "self-service-infrastructure#interfaces-from-simplest-to-richest",
        given.getFirst(),
        "the weakest area's passages come first");
    String sent = llm.getAllServeEvents().getFirst().getRequest().getBodyAsString();
    assertTrue(sent.contains("<assessment>"), "the scores are fenced as data");
    assertTrue(
        sent.contains("weakest areas (ids): interfaces, operations, change_lead_time"), sent);
    assertTrue(sent.contains("self-reported"), sent);
    assertEquals(scored.withNarrative(n), narrated, "only the narrative is added");

    String report = new AssessmentReport(questionnaire, knowledge).render(narrated, List.of());
    assertTrue(report.contains("[1] "), report);
    assertTrue(report.contains("(`" + given.get(2) + "`)"), "the notes name the passages");
    assertFalse(report.contains("Written from the scores without an LLM."), report);
  }

  @Test
  void anInvalidNarrativeIsAskedForAgainThenFallsBackToTheOfflineTextWithAWarning()
      throws Exception {
    // given a model naming an area that is not among the weakest, then citing a passage it was
    // not given
    llm.stubFor(
        post("/v1/chat/completions")
            .inScenario("invalid")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                TestApp.openAiChat(
                    """
                    {"summary": "Solid investment.", "priorities": [
                      {"area": "investment", "why": "It is low.", "first_step": "Fund it."}]}"""))
            .willSetStateTo("asked again"));
    llm.stubFor(
        post("/v1/chat/completions")
            .inScenario("invalid")
            .whenScenarioStateIs("asked again")
            .willReturn(
                TestApp.openAiChat(
                    """
                    {"summary": "Start with interfaces [99].", "priorities": [
                      {"area": "interfaces", "why": "Tickets.", "first_step": "Self-service."}]}""")));
    Assessment scored = example();

    // when
    Assessment.Narrative n = narrator(Optional.of(model())).narrate(scored).narrative();

    // then
    llm.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    String second = llm.getAllServeEvents().getFirst().getRequest().getBodyAsString();
    assertTrue(
        second.contains("Your answer could not be used: priorities[0].area")
            && second.contains("is not one of the weakest areas"),
        "the second request says what was wrong: " + second);
    int given = passagesSent(1).size();
    assertEquals("offline", n.mode());
    assertEquals(List.of(), n.citations());
    assertEquals(
        "Fallback: the LLM's assessment summary was invalid twice ([99] cites no passage; there"
            + " are "
            + given
            + "); this is the summary written from the scores.",
        n.warning());
    assertEquals(offlineText(scored), n.text());
    String report =
        new AssessmentReport(questionnaire, knowledge).render(scored.withNarrative(n), List.of());
    assertTrue(
        report.contains("> Fallback: the LLM's assessment summary was invalid twice"), report);
    assertFalse(
        report.contains("Start with interfaces [99]"), "the unusable answer is never shown");
  }

  @Test
  void aProviderThatFailsFallsBackWithTheReason() throws Exception {
    llm.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(503)));

    Assessment.Narrative n = narrator(Optional.of(model())).narrate(example()).narrative();

    assertEquals("offline", n.mode());
    assertTrue(n.warning().startsWith("Fallback: the LLM did not answer"), n.warning());
  }

  @Test
  void withoutAModelTheNarrativeIsTheOfflineTextUnlabelled() throws Exception {
    // when
    Assessment.Narrative n = narrator(Optional.empty()).narrate(example()).narrative();

    // then
    assertEquals("offline", n.mode());
    assertNull(n.warning(), "running offline is a choice, not a failure");
    assertEquals(List.of(), n.citations());
    assertEquals(
        "Delivery: an overall DORA score of 6.5/10 (throughput 5.3, stability 8.3), around the"
            + " mean of DORA's 2025 respondents (6.7 ± 1.2). Platform maturity (CNCF):"
            + " investment, adoption at operational; interfaces, operations, measurement at"
            + " provisional. Start with interfaces: aim for \"Operational: standard tooling\"."
            + " Every answer is self-reported: measure the DORA metrics from your tools before"
            + " committing to targets.",
        n.text());
    assertEquals(0, llm.getAllServeEvents().size(), "nothing asked");
  }

  @Test
  void theOfflineTextIsInFrenchForAFrenchAssessmentAndDropsTheSelfReportedNoteWhenMeasured()
      throws Exception {
    // given the example in French, with measured DORA metrics
    AnswersFile files = new AnswersFile(questionnaire);
    Answers answers =
        files.withMeasured(
            files.read(
                read("answers.yaml").replace("language: en", "language: fr"), Optional.empty()),
            read("metrics.yaml"));
    Assessment scored =
        new AssessmentScorer(questionnaire, knowledge)
            .score(answers, Optional.empty(), Instant.parse("2026-12-01T09:30:00Z"));

    // when
    Assessment.Narrative n = narrator(Optional.empty()).narrate(scored).narrative();

    // then
    assertTrue(n.text().startsWith("Livraison : un score DORA global de "), n.text());
    assertTrue(
        n.text()
            .contains(
                "Maturité de la plateforme (CNCF) : investissement, adoption au niveau opérationnel"),
        n.text());
    assertTrue(
        n.text()
            .contains(
                "Commencez par « Interfaces » : visez « Opérationnel : outillage standard »."),
        n.text());
    assertFalse(n.text().contains("déclaratives"), "the DORA metrics were measured: " + n.text());
  }

  private Assessment example() throws Exception {
    Answers answers = new AnswersFile(questionnaire).read(read("answers.yaml"), Optional.empty());
    return new AssessmentScorer(questionnaire, knowledge)
        .score(answers, Optional.empty(), Instant.parse("2026-12-01T09:30:00Z"));
  }

  private String offlineText(Assessment a) {
    return narrator(Optional.empty()).offline(a, Language.EN).text();
  }

  private AssessmentNarrator narrator(Optional<LanguageModel> model) {
    return new AssessmentNarrator(
        questionnaire,
        knowledge,
        new PromptBuilder(
            PromptLibrary.load(Path.of("prompts"), Path.of("prompts/examples/project-context.md")),
            new TokenCounter(),
            6000),
        model);
  }

  private static LanguageModel model() {
    return LanguageModels.create(
            EnvironmentSettings.from(TestApp.llmEnv("openai", llm.baseUrl() + "/v1")).llm())
        .orElseThrow();
  }

  /** The passage ids of the request with this index (0 the most recent), in their [n] order. */
  private List<String> passagesSent(int newest) throws Exception {
    JsonNode body =
        json.readTree(llm.getAllServeEvents().get(newest).getRequest().getBodyAsString());
    String system = body.get("messages").get(0).get("content").asText();
    List<String> ids = new ArrayList<>();
    Matcher m = PASSAGE.matcher(system);
    while (m.find()) {
      assertEquals(ids.size() + 1, Integer.parseInt(m.group(1)));
      ids.add(m.group(2));
    }
    assertTrue(ids.size() >= 3, "passages given: " + ids);
    return ids;
  }

  private static String read(String example) throws Exception {
    return Files.readString(EXAMPLES.resolve(example), StandardCharsets.UTF_8);
  }
}
