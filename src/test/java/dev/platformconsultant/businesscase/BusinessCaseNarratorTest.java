package dev.platformconsultant.businesscase;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.config.EnvironmentSettings;
import dev.platformconsultant.llm.LanguageModels;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.ModelJson.InvalidAnswerException;
import dev.platformconsultant.model.PromptBuilder;
import dev.platformconsultant.model.PromptLibrary;
import dev.platformconsultant.text.TokenCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sponsor's summary: a valid one is shown; one quoting a figure the case does not hold is asked
 * for again, then dropped with the reason; without a model there is none.
 */
class BusinessCaseNarratorTest {
  @RegisterExtension
  static WireMockExtension llm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aSummaryQuotingOnlyTheCasesFiguresIsShownAboveTheReport() throws Exception {
    BusinessCase bc = example();
    llm.stubFor(post("/v1/chat/completions").willReturn(TestApp.openAiChat(valid(bc))));

    BusinessCaseNarrator.Narrative n = narrator(Optional.of(model())).narrate(bc);

    assertEquals("llm", n.mode());
    assertNull(n.warning());
    assertEquals(List.of("benefits.hours_saved_per_developer_per_week"), n.keyAssumptions());
    String report = new BusinessCaseReport().render(bc, n);
    assertTrue(
        report.contains("## For the sponsor\n\nIn the expected scenario the platform pays back"),
        report);
    assertTrue(report.contains("every figure in it is one of them"), report);
    String sent = llm.getAllServeEvents().getFirst().getRequest().getBodyAsString();
    assertTrue(sent.contains("<business-case>") && sent.contains("first-year cost: 576000"), sent);
  }

  @Test
  void aSummaryWithAnInventedFigureIsAskedForAgainThenDroppedWithTheReason() throws Exception {
    BusinessCase bc = example();
    String invented =
        "{\"summary\": \"The platform saves 2,000,000 a year.\", \"key_assumptions\": [], \"caveats\": []}";
    llm.stubFor(
        post("/v1/chat/completions")
            .inScenario("again")
            .whenScenarioStateIs(STARTED)
            .willReturn(TestApp.openAiChat(invented))
            .willSetStateTo("second"));
    llm.stubFor(
        post("/v1/chat/completions")
            .inScenario("again")
            .whenScenarioStateIs("second")
            .willReturn(TestApp.openAiChat(invented)));

    BusinessCaseNarrator.Narrative n = narrator(Optional.of(model())).narrate(bc);

    llm.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    String second = llm.getAllServeEvents().getFirst().getRequest().getBodyAsString();
    assertTrue(second.contains("the figure 2,000,000 is not in the business case"), second);
    assertEquals("offline", n.mode());
    assertTrue(
        n.warning().startsWith("Fallback: the LLM's business case summary was invalid twice"),
        n.warning());
    String report = new BusinessCaseReport().render(bc, n);
    assertTrue(report.contains("> Fallback:"), report);
    assertFalse(
        report.replace(n.warning(), "").contains("2,000,000"),
        "the invented figure appears only in the reason it was refused");
    assertFalse(report.contains("## For the sponsor"), report);
  }

  @Test
  void withoutAModelThereIsNoSponsorsSummaryAndTheReportIsTheGoldenOne() throws Exception {
    BusinessCase bc = example();
    BusinessCaseNarrator.Narrative n = narrator(Optional.empty()).narrate(bc);
    assertEquals("offline", n.mode());
    assertNull(n.warning());
    assertEquals(new BusinessCaseReport().render(bc), new BusinessCaseReport().render(bc, n));
  }

  @Test
  void figuresAreRecognisedInEitherConventionAndSmallCountsAreAllowed() throws Exception {
    List<Double> figures = BusinessCaseNarrator.figures(example());
    assertDoesNotThrow(
        () ->
            BusinessCaseNarrator.checkFigures(
                "Over 3 years, at 8%, the first-year cost of €576,000 (576 000 € en français) pays back in 6.9 months; three scenarios.",
                figures));
    InvalidAnswerException e =
        assertThrows(
            InvalidAnswerException.class,
            () -> BusinessCaseNarrator.checkFigures("Industry average: 250,000 saved.", figures));
    assertEquals(
        "the figure 250,000 is not in the business case; quote only its figures", e.getMessage());
  }

  private String valid(BusinessCase bc) throws Exception {
    BusinessCase.Scenario e = bc.scenario(BusinessCase.Kind.EXPECTED);
    String summary =
        "In the expected scenario the platform pays back its first-year cost of %s in %s months, with an NPV of %s."
            .formatted(
                bc.basis().firstYearCost().stripTrailingZeros().toPlainString(),
                e.simplePaybackMonths().toPlainString(),
                e.npv().setScale(0, java.math.RoundingMode.HALF_UP).toPlainString());
    ObjectNode root = json.createObjectNode();
    root.put("summary", summary);
    root.putArray("key_assumptions").add("benefits.hours_saved_per_developer_per_week");
    root.putArray("caveats").add("If the hours saved are half, the conservative scenario applies.");
    return root.toString();
  }

  private static BusinessCase example() throws Exception {
    BusinessCaseInputs inputs =
        new BusinessCaseInputsFile()
            .read(Files.readString(Path.of("src/main/resources/businesscase/example-inputs.yaml")));
    return new BusinessCaseCalculator()
        .calculate(inputs, "example-retail-20261201-093000", LocalDate.parse("2026-12-01"));
  }

  private static BusinessCaseNarrator narrator(Optional<LanguageModel> model) {
    return new BusinessCaseNarrator(
        TestApp.shippedKnowledge(),
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
}
