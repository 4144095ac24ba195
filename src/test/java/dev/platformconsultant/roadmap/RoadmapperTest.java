package dev.platformconsultant.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.Golden;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.assessment.Answers;
import dev.platformconsultant.assessment.AnswersFile;
import dev.platformconsultant.assessment.AssessmentHistory;
import dev.platformconsultant.assessment.AssessmentScorer;
import dev.platformconsultant.assessment.Questionnaire;
import dev.platformconsultant.audit.Audit;
import dev.platformconsultant.audit.AuditInputs;
import dev.platformconsultant.audit.Auditor;
import dev.platformconsultant.audit.Evidence;
import dev.platformconsultant.deliverable.Deliverables;
import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.model.PromptBuilder;
import dev.platformconsultant.model.PromptLibrary;
import dev.platformconsultant.review.DesignReviewer;
import dev.platformconsultant.review.ReviewChecklist;
import dev.platformconsultant.text.LanguageDetector;
import dev.platformconsultant.text.TokenCounter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roadmap: from the example audit (golden Markdown and CSV), the planner's rules on a hand-made
 * audit (effort from the checklist, impact from severity, dependencies pushing an item later,
 * owners), the matrix image, and the errors.
 */
class RoadmapperTest {
  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  private static KnowledgeBase knowledge;

  @TempDir Path data;

  @BeforeAll
  static void loadShippedKnowledge() {
    knowledge = TestApp.shippedKnowledge();
  }

  @Test
  void theExampleAuditGivesItsGoldenRoadmapCsvAndAReadableMatrix() throws Exception {
    Auditor auditor = auditor();
    auditor.audit(
        new Auditor.Request(
            Optional.of("Payments platform"),
            Optional.empty(),
            List.of(
                new AuditInputs.Named<>(
                    "checkout-service.md",
                    Files.readString(
                        Path.of("src/main/resources/eval/designs/checkout-service.md")))),
            List.of(),
            Optional.empty()));

    Roadmapper.Outcome outcome =
        new Roadmapper(
                auditor,
                knowledge,
                deliverables(),
                narrator(Optional.empty()),
                Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC))
            .roadmap(Optional.empty());

    Golden.assertMatches("roadmap/example-en.md", outcome.markdown());
    String csv = new String(outcome.files().get("roadmap.csv"), StandardCharsets.UTF_8);
    assertTrue(
        csv.endsWith("\r\n") && !csv.replace("\r\n", "").contains("\n"), "RFC 4180 line ends");
    Golden.assertMatches("roadmap/example.csv", csv.replace("\r\n", "\n"));
    BufferedImage matrix =
        ImageIO.read(new ByteArrayInputStream(outcome.files().get("matrix.png")));
    assertEquals(1200, matrix.getWidth());
    assertEquals(900, matrix.getHeight());
    assertTrue(
        new String(outcome.files().get("roadmap.html"), StandardCharsets.UTF_8)
            .contains("src=\"data:image/png;base64,"),
        "the matrix is embedded in the HTML");
    for (String file :
        List.of("roadmap.md", "roadmap.html", "roadmap.csv", "matrix.png", "roadmap.json")) {
      assertTrue(Files.exists(outcome.folder().resolve(file)), file);
    }
  }

  @Test
  void effortComesFromTheChecklistImpactFromSeverityAndDependenciesComeFirst() {
    // given an audit recommending SLOs (days in the checklist) that depend on observability
    // (weeks), rotating credentials after moving secrets, and the interfaces' next level
    Audit audit =
        audit(
            List.of(
                evidence(
                    "E1", 3, "review:reliability:design-review-checklist#service-level-objectives"),
                evidence(
                    "E2", 2, "review:operability:design-review-checklist#metrics-logs-and-traces"),
                evidence(
                    "E3",
                    4,
                    "review:security:design-review-checklist#secrets-in-code-config-or-git"),
                evidence(
                    "E4",
                    3,
                    "review:security:design-review-checklist#shared-or-long-lived-credentials"),
                evidence("E5", 2, "assessment:interfaces")),
            List.of(
                recommendation("Define SLOs.", "E1"),
                recommendation("Add metrics, logs and traces.", "E2"),
                recommendation("Move secrets to a manager.", "E3"),
                recommendation("Short-lived credentials.", "E4"),
                recommendation("Interfaces: standard tooling.", "E5")));
    ReviewChecklist checklist = ReviewChecklist.from(knowledge);

    Roadmap roadmap =
        new RoadmapPlanner(checklist).plan(audit, "team-20261202-100000", "2026-12-02");

    RoadmapItem slo = item(roadmap, "Define SLOs.");
    RoadmapItem metrics = item(roadmap, "Add metrics, logs and traces.");
    assertEquals(
        checklist.effort("design-review-checklist#metrics-logs-and-traces").orElseThrow(),
        metrics.effort());
    assertEquals(List.of(metrics.number()), slo.dependsOn(), "observability before SLOs");
    assertTrue(
        RoadmapPlanner.HORIZONS.indexOf(slo.horizon())
            >= RoadmapPlanner.HORIZONS.indexOf(metrics.horizon()),
        "an item never starts before what it depends on");
    assertTrue(slo.number() > metrics.number());
    RoadmapItem secrets = item(roadmap, "Move secrets to a manager.");
    assertEquals(5, secrets.impact(), "a critical finding is impact 5");
    assertEquals("critical", secrets.risk());
    assertEquals("platform", secrets.owner(), "security tooling is the platform's");
    assertEquals(List.of(secrets.number()), item(roadmap, "Short-lived credentials.").dependsOn());
    RoadmapItem interfaces = item(roadmap, "Interfaces: standard tooling.");
    assertEquals("months", interfaces.effort());
    assertEquals("3-12", interfaces.horizon());
    assertEquals("platform", interfaces.owner());
    assertEquals(3, interfaces.impact());
  }

  @Test
  void withAModelTheOrderIsExplainedAndAnInventedFigureIsRefused() throws Exception {
    Audit audit =
        audit(
            List.of(
                evidence("E1", 4, "review:data:design-review-checklist#backups-and-restore"),
                evidence("E2", 2, "assessment:interfaces")),
            List.of(recommendation("Enable backups.", "E1"), recommendation("Interfaces.", "E2")));
    Roadmap roadmap =
        new RoadmapPlanner(ReviewChecklist.from(knowledge)).plan(audit, "team-x", "2026-12-02");
    String valid =
        "{\"rationale\": \"Item 1 comes first: it reduces a critical risk in days.\", \"watch\": [\"Keep item 2 to one team.\"]}";
    String invented = "{\"rationale\": \"Item 1 saves 40,000 a year.\", \"watch\": []}";
    RoadmapNarrator.Rationale ok = narrator(Optional.of(new ScriptedModel(valid))).explain(roadmap);
    RoadmapNarrator.Rationale refused =
        narrator(Optional.of(new ScriptedModel(invented, invented))).explain(roadmap);

    assertEquals("llm", ok.mode());
    String md = RoadmapReport.markdown(roadmap, false, ok);
    assertTrue(md.contains("## Why this order\n\nItem 1 comes first"), md);
    assertEquals("offline", refused.mode());
    assertTrue(
        refused.warning().contains("the figure 40,000 is not in the roadmap"), refused.warning());
    assertEquals(
        RoadmapReport.markdown(roadmap, false),
        RoadmapReport.markdown(roadmap, false, RoadmapNarrator.Rationale.none()),
        "without a model the roadmap is the computed one");
  }

  /** A model that answers the given texts in turn. */
  private record ScriptedModel(java.util.Deque<String> answers)
      implements dev.platformconsultant.model.LanguageModel {
    ScriptedModel(String... answers) {
      this(new java.util.ArrayDeque<>(List.of(answers)));
    }

    @Override
    public Completion complete(dev.platformconsultant.model.Prompt prompt) {
      return new Completion(answers.pop(), -1, -1);
    }

    @Override
    public Completion stream(
        dev.platformconsultant.model.Prompt prompt,
        dev.platformconsultant.model.AnswerListener listener) {
      return complete(prompt);
    }

    @Override
    public String label() {
      return "scripted";
    }
  }

  @Test
  void aCsvCellThatASpreadsheetWouldRunIsDefused() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", RoadmapReport.quote("=HYPERLINK(\"x\")"));
    assertEquals("\"a, b\"", RoadmapReport.quote("a, b"));
    assertEquals("plain", RoadmapReport.quote("plain"));
  }

  @Test
  void noAuditOrAnUnknownOneIsOneLine() throws Exception {
    Roadmapper roadmapper =
        new Roadmapper(
            auditor(), knowledge, deliverables(), narrator(Optional.empty()), Clock.systemUTC());
    assertEquals(
        "no audit yet: run `consultant audit` first",
        assertThrows(Roadmapper.NoAudit.class, () -> roadmapper.roadmap(Optional.empty()))
            .getMessage());
    assertTrue(
        assertThrows(Roadmapper.NoAudit.class, () -> roadmapper.roadmap(Optional.of("nope")))
            .getMessage()
            .startsWith("no audit with id 'nope'"));
  }

  private static RoadmapItem item(Roadmap roadmap, String title) {
    return roadmap.items().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
  }

  private static Evidence evidence(String id, int weight, String topic) {
    return new Evidence(id, Evidence.Kind.REVIEW, "design.md", "fact " + id, weight, topic);
  }

  private static Audit.Recommendation recommendation(String text, String evidence) {
    return new Audit.Recommendation(text, List.of(evidence), List.of());
  }

  private static Audit audit(List<Evidence> evidence, List<Audit.Recommendation> recommendations) {
    return new Audit(
        "team-20261202-090000",
        "Team",
        "2026-12-02",
        "en",
        "summary",
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        recommendations,
        evidence,
        List.of(),
        null,
        "offline",
        null);
  }

  private static RoadmapNarrator narrator(
      Optional<dev.platformconsultant.model.LanguageModel> model) {
    return new RoadmapNarrator(
        knowledge,
        new PromptBuilder(
            PromptLibrary.load(Path.of("prompts"), Path.of("prompts/examples/project-context.md")),
            new TokenCounter(),
            6000),
        model);
  }

  private Deliverables deliverables() {
    return new Deliverables(data.resolve("deliverables"));
  }

  private Auditor auditor() throws Exception {
    Questionnaire questionnaire = Questionnaire.shipped();
    AssessmentHistory history = new AssessmentHistory(data.resolve("assessments"));
    if (history.latest("payments-platform").isEmpty()) {
      Answers answers =
          new AnswersFile(questionnaire)
              .read(
                  Files.readString(Path.of("src/main/resources/assessment/examples/answers.yaml")),
                  Optional.empty());
      history.save(
          new AssessmentScorer(questionnaire, knowledge)
              .score(answers, Optional.empty(), Instant.parse("2026-12-01T09:30:00Z")),
          "report",
          Map.of());
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
        Optional.empty(),
        new DesignReviewer(knowledge, prompts, Optional.empty(), new LanguageDetector()),
        history,
        deliverables(),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }
}
