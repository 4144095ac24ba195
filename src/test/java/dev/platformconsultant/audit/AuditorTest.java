package dev.platformconsultant.audit;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.platformconsultant.Golden;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.assessment.Answers;
import dev.platformconsultant.assessment.AnswersFile;
import dev.platformconsultant.assessment.Assessment;
import dev.platformconsultant.assessment.AssessmentHistory;
import dev.platformconsultant.assessment.AssessmentScorer;
import dev.platformconsultant.assessment.Questionnaire;
import dev.platformconsultant.config.EnvironmentSettings;
import dev.platformconsultant.deliverable.Deliverables;
import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.llm.LanguageModels;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.PromptBuilder;
import dev.platformconsultant.model.PromptLibrary;
import dev.platformconsultant.review.DesignReviewer;
import dev.platformconsultant.text.Language;
import dev.platformconsultant.text.LanguageDetector;
import dev.platformconsultant.text.TokenCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit from the shipped example assessment and the shipped checkout design: the offline report
 * as a golden file; with an OpenAI-compatible stand-in, a valid audit, an invalid one asked again,
 * and one invalid twice falling back to the offline audit with the reason.
 */
class AuditorTest {
  @RegisterExtension
  static WireMockExtension llm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Path DESIGN = Path.of("src/main/resources/eval/designs/checkout-service.md");
  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  private static KnowledgeBase knowledge;
  private final Questionnaire questionnaire = Questionnaire.shipped();
  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path data;

  @BeforeAll
  static void loadShippedKnowledge() {
    knowledge = TestApp.shippedKnowledge();
  }

  @Test
  void theOfflineAuditFromTheExamplesMatchesItsGoldenFileAndEveryItemNamesEvidence()
      throws Exception {
    Auditor.Outcome outcome = auditor(Optional.empty()).audit(exampleRequest());

    Golden.assertMatches("audit/offline-en.md", outcome.markdown());
    Audit a = outcome.audit();
    assertEquals("offline", a.mode());
    Set<String> ids = a.evidence().stream().map(Evidence::id).collect(Collectors.toSet());
    Stream.of(a.strengths(), a.weaknesses(), a.opportunities(), a.threats())
        .flatMap(List::stream)
        .forEach(
            item ->
                assertTrue(
                    ids.containsAll(item.evidence()) && !item.evidence().isEmpty(),
                    item.toString()));
    a.risks().forEach(r -> assertTrue(ids.containsAll(r.evidence()), r.toString()));
    assertEquals("critical", a.risks().getFirst().severity(), "risks by consequence");
    assertTrue(
        a.strengths().stream().noneMatch(s -> s.text().toLowerCase().contains("backup")),
        "disabled backups are never a strength");
    assertTrue(
        a.recommendations().stream().anyMatch(r -> r.text().startsWith("Interfaces")),
        "the assessment's next step keeps a place among the recommendations");
    assertTrue(Files.readString(outcome.folder().resolve("audit.html")).contains("<h2>SWOT</h2>"));
    assertTrue(Files.exists(outcome.folder().resolve("audit.json")));
  }

  @Test
  void aFrenchAuditIsFrenchThroughout() throws Exception {
    Auditor.Outcome outcome =
        auditor(Optional.empty())
            .audit(
                new Auditor.Request(
                    Optional.of("Payments platform"),
                    Optional.empty(),
                    List.of(
                        new AuditInputs.Named<>("checkout-service.md", Files.readString(DESIGN))),
                    List.of(),
                    Optional.of(Language.FR)));

    String md = outcome.markdown();
    for (String heading :
        List.of(
            "## Synthèse",
            "## État des lieux",
            "### Forces",
            "### Menaces",
            "## Risques, par conséquence",
            "## Recommandations",
            "## Preuves")) {
      assertTrue(md.contains(heading), heading + " in " + md);
    }
    for (String english :
        List.of("## Executive summary", "Key findings", "Strengths", "Evidence:")) {
      assertFalse(md.contains(english), english + " in the French audit");
    }
  }

  @Test
  void aValidAuditFromTheModelIsUsedWithItsEvidenceAndCitations() throws Exception {
    llm.stubFor(post("/v1/chat/completions").willReturn(TestApp.openAiChat(validAudit("E12"))));

    Audit a = auditor(Optional.of(model())).audit(exampleRequest()).audit();

    assertEquals("llm", a.mode());
    assertNull(a.warning());
    assertEquals("Backups are disabled on the order database [1].", a.risks().getFirst().text());
    assertEquals(List.of("E12"), a.risks().getFirst().evidence());
    assertEquals(1, a.passages().size(), "the one passage cited");
    String sent = llm.getAllServeEvents().getFirst().getRequest().getBodyAsString();
    assertTrue(
        sent.contains("<evidence>") && sent.contains("E12 | review | checkout-service.md"), sent);
  }

  @Test
  void anAuditNamingEvidenceThatDoesNotExistIsAskedForAgain() throws Exception {
    llm.stubFor(
        post("/v1/chat/completions")
            .inScenario("again")
            .whenScenarioStateIs(STARTED)
            .willReturn(TestApp.openAiChat(validAudit("E999")))
            .willSetStateTo("second"));
    llm.stubFor(
        post("/v1/chat/completions")
            .inScenario("again")
            .whenScenarioStateIs("second")
            .willReturn(TestApp.openAiChat(validAudit("E13"))));

    Audit a = auditor(Optional.of(model())).audit(exampleRequest()).audit();

    llm.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    assertEquals("llm", a.mode());
    assertEquals(List.of("E13"), a.risks().getFirst().evidence());
    String second = llm.getAllServeEvents().getFirst().getRequest().getBodyAsString();
    assertTrue(second.contains("names evidence E999, which does not exist"), second);
  }

  @Test
  void anAuditInvalidTwiceFallsBackToTheOfflineAuditWithTheReason() throws Exception {
    llm.stubFor(
        post("/v1/chat/completions").willReturn(TestApp.openAiChat("{\"summary\": \"Fine.\"}")));

    Auditor.Outcome outcome = auditor(Optional.of(model())).audit(exampleRequest());

    llm.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    Audit a = outcome.audit();
    assertEquals("offline", a.mode());
    assertTrue(a.warning().startsWith("Fallback: the LLM's audit was invalid twice"), a.warning());
    assertTrue(outcome.markdown().contains("> Fallback: the LLM's audit was invalid twice"));
  }

  @Test
  void aScannedRepositorysProblemsAreGroupedEvidenceWithTheirRemedies() throws Exception {
    Path repo = data.resolve("repo");
    try (org.eclipse.jgit.api.Git git =
        org.eclipse.jgit.api.Git.init()
            .setDirectory(repo.toFile())
            .setInitialBranch("main")
            .call()) {
      Files.createDirectories(repo.resolve(".github/workflows"));
      Files.writeString(
          repo.resolve(".github/workflows/ci.yml"),
          """
          on: push
          jobs:
            build:
              runs-on: ubuntu-latest
              env:
                DEPLOY_TOKEN: s3cr3t-value
              steps:
                - uses: actions/checkout@v4
                - uses: actions/setup-java@v4
                - run: ./mvnw -B verify
          """);
      git.add().addFilepattern(".").call();
      git.commit().setMessage("CI").call();
    }

    Audit a =
        auditor(Optional.empty())
            .audit(
                new Auditor.Request(
                    Optional.of("Payments platform"),
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    Optional.empty(),
                    List.of(repo.toString())))
            .audit();

    Audit.Risk first = a.risks().getFirst();
    assertEquals("critical", first.severity(), "a secret in plain text comes first");
    assertTrue(first.text().contains("DEPLOY_TOKEN"), first.text());
    assertFalse(
        a.evidence().stream().anyMatch(e -> e.text().contains("s3cr3t-value")),
        "the secret itself is never quoted");
    assertTrue(
        a.evidence().stream()
            .anyMatch(
                e ->
                    e.kind() == Evidence.Kind.SCAN
                        && e.text().contains("2 such in the repository")),
        "two unpinned actions are one fact with a count: " + a.evidence());
    assertTrue(
        a.recommendations().stream()
            .anyMatch(r -> r.text().startsWith("Move the secret to the CI's secret store")),
        a.recommendations().toString());
    for (String passage : a.passages()) {
      assertTrue(knowledge.passage(passage).isPresent(), "the remedy's passage exists: " + passage);
    }
  }

  @Test
  void anUnknownAssessmentOrNoEvidenceAtAllIsOneClearLineAndNothingIsSaved() throws Exception {
    Auditor auditor = auditor(Optional.empty());
    Auditor.NoEvidence unknown =
        assertThrows(
            Auditor.NoEvidence.class,
            () ->
                auditor.audit(
                    new Auditor.Request(
                        Optional.empty(),
                        Optional.of("nope-20260101-000000"),
                        List.of(),
                        List.of(),
                        Optional.empty())));
    assertEquals(
        "no assessment with id 'nope-20260101-000000'; `consultant assess list` lists them",
        unknown.getMessage());
    Auditor.NoEvidence none =
        assertThrows(
            Auditor.NoEvidence.class,
            () ->
                auditor.audit(
                    new Auditor.Request(
                        Optional.of("Nobody"),
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        Optional.empty())));
    assertTrue(none.getMessage().startsWith("no evidence"), none.getMessage());
    assertFalse(Files.exists(data.resolve("deliverables/audit")), "nothing saved");
  }

  private Auditor.Request exampleRequest() throws Exception {
    return new Auditor.Request(
        Optional.of("Payments platform"),
        Optional.empty(),
        List.of(new AuditInputs.Named<>("checkout-service.md", Files.readString(DESIGN))),
        List.of(),
        Optional.empty());
  }

  /** An auditor over a history holding the example assessment; reviews always offline. */
  private Auditor auditor(Optional<LanguageModel> model) throws Exception {
    AssessmentHistory history = new AssessmentHistory(data.resolve("assessments"));
    if (history.latest("payments-platform").isEmpty()) {
      AnswersFile files = new AnswersFile(questionnaire);
      Answers answers =
          files.read(
              Files.readString(Path.of("src/main/resources/assessment/examples/answers.yaml")),
              Optional.empty());
      Assessment a =
          new AssessmentScorer(questionnaire, knowledge)
              .score(answers, Optional.empty(), Instant.parse("2026-12-01T09:30:00Z"));
      history.save(a, "report", Map.of());
    }
    PromptBuilder prompts =
        new PromptBuilder(
            PromptLibrary.load(Path.of("prompts"), Path.of("prompts/examples/project-context.md")),
            new TokenCounter(),
            8000);
    return new Auditor(
        questionnaire,
        knowledge,
        prompts,
        model,
        new DesignReviewer(knowledge, prompts, Optional.empty(), new LanguageDetector()),
        history,
        new Deliverables(data.resolve("deliverables")),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static String validAudit(String riskEvidence) {
    return """
        {"summary": "Backups are off and secrets are in git; delivery is above DORA's mean.",
         "strengths": [{"text": "Deployment rework rate above DORA's mean.", "evidence": ["E5"]}],
         "weaknesses": [{"text": "Interfaces are custom processes.", "evidence": ["E8"]}],
         "opportunities": [{"text": "Standard tooling for provisioning.", "evidence": ["E8"]}],
         "threats": [{"text": "Data loss on the order database.", "evidence": ["%1$s"]}],
         "risks": [{"text": "Backups are disabled on the order database [1].",
                    "consequence": "Orders lost for good after a failure.",
                    "severity": "critical", "evidence": ["%1$s"]}],
         "recommendations": [{"text": "Enable automated backups and test a restore [1].", "addresses": ["%1$s"]}]}
        """
        .formatted(riskEvidence);
  }

  private static LanguageModel model() {
    return LanguageModels.create(
            EnvironmentSettings.from(TestApp.llmEnv("openai", llm.baseUrl() + "/v1")).llm())
        .orElseThrow();
  }
}
