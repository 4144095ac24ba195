package dev.platformconsultant.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.TestApp;
import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.model.PromptBuilder;
import dev.platformconsultant.model.PromptLibrary;
import dev.platformconsultant.text.Language;
import dev.platformconsultant.text.TokenCounter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scoring checked by hand against the shipped questionnaire: DORA's Quick Check rules ((n - 1) x 2
 * for a choice, 10 - p/10 for a percentage, plain means), the 2025 benchmark's means and standard
 * deviations, the ranges measured values fall in, and the report in both languages.
 */
class AssessmentScorerTest {
  private static final Path EXAMPLES = Path.of("src/main/resources/assessment/examples");
  private static final Instant DEC_1 = Instant.parse("2026-12-01T09:30:00Z");
  private static final Instant MAR_1 = Instant.parse("2027-03-01T09:30:00Z");

  private static KnowledgeBase knowledge;
  private final Questionnaire questionnaire = Questionnaire.shipped();
  private final AssessmentScorer scorer = new AssessmentScorer(questionnaire, knowledge);

  @BeforeAll
  static void loadShippedKnowledge() {
    knowledge = TestApp.shippedKnowledge();
  }

  // --- DORA scores -------------------------------------------------------------------------

  @Test
  void eachChoiceOfAChoiceMetricScoresItsNumberMinusOneTimesTwo() throws Exception {
    for (int n = 1; n <= 6; n++) {
      // given every choice metric answered with choice n
      Map<String, String> typed = baseline();
      typed.put("change_lead_time", String.valueOf(n));
      typed.put("deployment_frequency", String.valueOf(n));
      typed.put("failed_deployment_recovery_time", String.valueOf(n));

      // when
      Assessment a =
          scorer.score(answers("Boundaries", Language.EN, typed), Optional.empty(), DEC_1);

      // then
      double expected = (n - 1) * 2.0;
      for (String id :
          List.of("change_lead_time", "deployment_frequency", "failed_deployment_recovery_time")) {
        Assessment.Result r = a.result(id).orElseThrow();
        assertEquals(expected, r.score(), id + " choice " + n);
        assertEquals(n, r.choice());
        assertNull(r.value(), "a picked choice has no value");
        assertFalse(r.measured());
      }
      assertEquals(expected, a.dora().throughput(), "throughput with every choice " + n);
    }
  }

  @Test
  void aPercentageScoresTenMinusATenthOfItAndFallsInTheNearestChoice() throws Exception {
    // percentage typed → (choice number, choice id, score)
    record Case(String typed, int choice, String choiceId, double score) {}
    List<Case> cases =
        List.of(
            new Case("0", 1, "p0", 10),
            new Case("100", 11, "p100", 0),
            new Case("15", 2, "p10", 8.5),
            new Case("45", 5, "p40", 5.5),
            new Case("46", 6, "p50", 5.4),
            new Case("5", 1, "p0", 9.5),
            new Case("12,5 %", 2, "p10", 8.8));

    for (Case c : cases) {
      // given
      Map<String, String> typed = baseline();
      typed.put("change_fail_rate", c.typed());
      typed.put("deployment_rework_rate", c.typed());

      // when
      Assessment a = scorer.score(answers("Percent", Language.EN, typed), Optional.empty(), DEC_1);

      // then
      for (String id : List.of("change_fail_rate", "deployment_rework_rate")) {
        Assessment.Result r = a.result(id).orElseThrow();
        assertEquals(c.choice(), r.choice(), id + " " + c.typed());
        assertEquals(c.choiceId(), r.choiceId(), id + " " + c.typed());
        assertEquals(c.score(), r.score(), id + " " + c.typed());
        assertEquals("percent", r.unit());
        assertFalse(r.measured(), "typed by the team");
      }
      assertEquals(c.score(), a.dora().stability(), "stability at " + c.typed());
    }
  }

  @Test
  void throughputStabilityAndOverallArePlainMeansOfTheMetrics() throws Exception {
    // given the example: lead time 4, deployment frequency 4, recovery 8, fail rate 20% = 8,
    // rework 15% = 8.5
    Answers answers = example("answers.yaml");

    // when
    Assessment a = scorer.score(answers, Optional.empty(), DEC_1);

    // then throughput (4 + 4 + 8) / 3 = 5.33, stability (8 + 8.5) / 2 = 8.25, overall 32.5 / 5
    assertEquals(
        List.of(4.0, 4.0, 8.0, 8.0, 8.5),
        questionnaire.in(Section.DORA).stream()
            .map(q -> a.result(q.id()).orElseThrow().score())
            .toList());
    assertEquals(5.3, a.dora().throughput());
    assertEquals(8.3, a.dora().stability());
    assertEquals(6.5, a.dora().overall());
    assertEquals("payments-platform-20261201-093000", a.id());
    assertEquals("payments-platform", a.teamSlug());
    assertEquals("2026-12-01T09:30:00Z", a.takenAt());
    assertEquals("2026-12", a.questionnaireVersion());
    assertEquals(17, a.results().size(), "10 required answers and 7 capabilities");
  }

  @Test
  void scoresAreComparedWithThe2025BenchmarkInStandardDeviations() throws Exception {
    // given the example, in financial services, 500 to 999 employees
    Answers answers = example("answers.yaml");

    // when
    Assessment.Comparison c = scorer.score(answers, Optional.empty(), DEC_1).dora().comparison();

    // then, from questionnaire.yaml's numbers
    assertEquals(2025, c.dataYear());
    // overall (6.5 - 6.72) / 1.2 = -0.18
    assertEquals(new Assessment.Position("all", 6.5, 6.72, 1.2, -0.2), c.overall());
    // (4 - 5.5) / 2.4 = -0.625
    assertEquals(
        new Assessment.Position("all", 4, 5.5, 2.4, -0.6), c.metrics().get("change_lead_time"));
    // (4 - 4.8) / 2.8 = -0.29
    assertEquals(
        new Assessment.Position("all", 4, 4.8, 2.8, -0.3), c.metrics().get("deployment_frequency"));
    // (8 - 7.4) / 2.1 = 0.29
    assertEquals(
        new Assessment.Position("all", 8, 7.4, 2.1, 0.3),
        c.metrics().get("failed_deployment_recovery_time"));
    // (8 - 8.1) / 2.1 = -0.05
    assertEquals(
        new Assessment.Position("all", 8, 8.1, 2.1, 0.0), c.metrics().get("change_fail_rate"));
    // (8.5 - 7.8) / 2.2 = 0.32
    assertEquals(
        new Assessment.Position("all", 8.5, 7.8, 2.2, 0.3),
        c.metrics().get("deployment_rework_rate"));
    // financial services (6.5 - 6.92) / 1.1 = -0.38; 500-999 employees (6.5 - 6.7) / 1.3 = -0.15
    assertEquals(new Assessment.Position("financial_services", 6.5, 6.92, 1.1, -0.4), c.industry());
    assertEquals(
        new Assessment.Position("fewer_than_1000", 6.5, 6.7, 1.3, -0.2), c.organisationSize());
    assertEquals(Standing.AROUND, Standing.of(c.overall().deviations()));
    assertEquals(Standing.BELOW, Standing.of(c.industry().deviations()));
  }

  @Test
  void withoutIndustryOrSizeThereIsNoGroupComparison() throws Exception {
    Assessment a = scorer.score(answers("Solo", Language.EN, baseline()), Optional.empty(), DEC_1);

    assertNull(a.dora().comparison().industry());
    assertNull(a.dora().comparison().organisationSize());
  }

  // --- measured values ---------------------------------------------------------------------

  @Test
  void measuredLeadTimesFallInTheChoiceWhoseRangeHoldsThem() {
    Question leadTime = questionnaire.question("change_lead_time").orElseThrow();
    // hours → choice id; a range holds its upper bound, not its lower one
    Map<Double, String> edges = new LinkedHashMap<>();
    edges.put(0.0, "less_than_one_hour");
    edges.put(1.0, "less_than_one_hour");
    edges.put(1.01, "less_than_one_day");
    edges.put(24.0, "less_than_one_day");
    edges.put(24.5, "one_day_to_one_week");
    edges.put(168.0, "one_day_to_one_week");
    edges.put(168.1, "one_week_to_one_month");
    edges.put(720.0, "one_week_to_one_month");
    edges.put(720.1, "one_to_six_months");
    edges.put(4380.0, "one_to_six_months");
    edges.put(4380.5, "more_than_six_months");

    edges.forEach(
        (hours, expected) -> {
          Answer a = Answer.value(leadTime, hours, true);
          assertEquals(expected, leadTime.choice(a.choice()).id(), hours + " h");
          assertEquals(hours, a.value().getAsDouble());
        });
    assertEquals(
        List.of(10.0, 8.0, 6.0, 4.0, 2.0, 0.0),
        List.of(1.0, 1.01, 168.0, 720.0, 4380.0, 4381.0).stream()
            .map(h -> leadTime.score(Answer.value(leadTime, h, true)))
            .toList());
  }

  @Test
  void measuredDeploymentFrequenciesPerWeekFallInTheChoiceWhoseRangeHoldsThem() {
    Question frequency = questionnaire.question("deployment_frequency").orElseThrow();
    Map<Double, String> edges = new LinkedHashMap<>();
    edges.put(0.0, "less_than_once_per_six_months");
    edges.put(0.0385, "less_than_once_per_six_months");
    edges.put(0.04, "monthly_to_six_monthly");
    edges.put(0.23, "monthly_to_six_monthly");
    edges.put(0.25, "weekly_to_monthly");
    edges.put(1.0, "weekly_to_monthly");
    edges.put(1.5, "daily_to_weekly");
    edges.put(5.0, "daily_to_weekly");
    edges.put(5.5, "hourly_to_daily");
    edges.put(14.0, "hourly_to_daily");
    edges.put(14.5, "on_demand");
    edges.put(500.0, "on_demand");

    edges.forEach(
        (perWeek, expected) ->
            assertEquals(
                expected,
                frequency.choice(Answer.value(frequency, perWeek, true).choice()).id(),
                perWeek + " per week"));
  }

  @Test
  void aMeasuredValueIsKeptInTheRecordWithItsUnitAndScoredAsItsChoice() throws Exception {
    // given the example with the example's measurements
    AnswersFile files = new AnswersFile(questionnaire);
    Answers measured =
        files.withMeasured(
            example("answers.yaml"), Files.readString(EXAMPLES.resolve("metrics.yaml")));

    // when
    Assessment a = scorer.score(measured, Optional.empty(), DEC_1);

    // then 52.5 h is one day to one week (6), 3 a week daily to weekly (6), 4 h less than a day
    // (8), 12.5% scores 8.75 and 8% 9.2
    Assessment.Result leadTime = a.result("change_lead_time").orElseThrow();
    assertEquals("one_day_to_one_week", leadTime.choiceId());
    assertEquals(6.0, leadTime.score());
    assertEquals(52.5, leadTime.value());
    assertEquals("hours", leadTime.unit());
    assertTrue(leadTime.measured());
    assertEquals("deployments per week", a.result("deployment_frequency").orElseThrow().unit());
    assertEquals(6.0, a.result("deployment_frequency").orElseThrow().score());
    assertEquals(8.0, a.result("failed_deployment_recovery_time").orElseThrow().score());
    assertEquals(8.8, a.result("change_fail_rate").orElseThrow().score());
    assertEquals(9.2, a.result("deployment_rework_rate").orElseThrow().score());
    assertEquals(
        5, a.results().stream().filter(Assessment.Result::measured).count(), "only the metrics");
    // throughput (6 + 6 + 8) / 3 = 6.67; stability (8.75 + 9.2) / 2 = 8.98
    assertEquals(6.7, a.dora().throughput());
    assertEquals(9.0, a.dora().stability());
  }

  // --- strongest, weakest, priorities ----------------------------------------------------------

  @Test
  void theWeakestAreasAreTheMetricsBelowTheMeanAndTheLowestAspectsWithTheirNextStep()
      throws Exception {
    // given the example: lead time and deployment frequency below DORA's mean; interfaces,
    // operations and measurement provisional, investment and adoption operational
    Answers answers = example("answers.yaml");

    // when
    Assessment a = scorer.score(answers, Optional.empty(), DEC_1);

    // then
    assertEquals(
        List.of("interfaces", "operations", "change_lead_time", "deployment_frequency"),
        a.weakest().stream().map(Assessment.Area::question).toList(),
        "two of each framework, weakest on the 0-1 scale first");
    assertEquals(0.0, a.weakest().getFirst().strength());
    assertEquals(0.4, a.weakest().get(2).strength());
    assertEquals(
        List.of(
            "deployment_rework_rate", "failed_deployment_recovery_time", "investment", "adoption"),
        a.strongest().stream().map(Assessment.Area::question).toList());
    assertTrue(
        a.strongest().stream().noneMatch(a.weakest()::contains), "no area is strong and weak");

    assertEquals(
        a.weakest().stream().map(Assessment.Area::question).toList(),
        a.priorities().stream().map(Assessment.Priority::question).toList(),
        "one priority per weak area, in the same order");
    Assessment.Priority interfaces = a.priorities().getFirst();
    assertEquals("Operational: standard tooling", interfaces.next(), "one level up");
    assertEquals("cncf", interfaces.section());
    assertEquals(
        List.of(
            questionnaire
                .question("interfaces")
                .orElseThrow()
                .choice(2)
                .detail()
                .orElseThrow()
                .en()),
        interfaces.actions());
    assertEquals(
        List.of(
            "self-service-infrastructure#interfaces-from-simplest-to-richest",
            "golden-paths#what-a-golden-path-contains",
            "internal-developer-platform#what-a-portal-brings"),
        interfaces.passages());

    Assessment.Priority leadTime = a.priorities().get(2);
    assertEquals("One day to one week", leadTime.next(), "the next band");
    assertEquals(
        List.of(
            "Streamlined change approval (you answered: strongly disagree)",
            "Loosely coupled teams (you answered: disagree)",
            "Test automation (you answered: disagree)"),
        leadTime.actions(),
        "the capabilities DORA links to lead time, least agreed first");
    assertEquals(4, leadTime.passages().size(), "capped at four");
    assertEquals("dora-metrics#using-them-well", leadTime.passages().getFirst());
    for (Assessment.Priority p : a.priorities()) {
      for (String id : p.passages()) {
        assertTrue(knowledge.passage(id).isPresent(), p.question() + " -> " + id);
      }
    }
  }

  @Test
  void aTeamAtTheTopOfEveryScaleHasNoWeakAreaAndNoPriority() throws Exception {
    // given every metric at its best and every aspect at level 4
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("change_lead_time", "6");
    typed.put("deployment_frequency", "6");
    typed.put("failed_deployment_recovery_time", "6");
    typed.put("change_fail_rate", "0");
    typed.put("deployment_rework_rate", "0");
    for (String aspect :
        List.of("investment", "adoption", "interfaces", "operations", "measurement")) {
      typed.put(aspect, "optimizing");
    }

    // when
    Assessment a = scorer.score(answers("Top", Language.EN, typed), Optional.empty(), DEC_1);

    // then
    assertEquals(10.0, a.dora().overall());
    assertEquals(List.of(), a.weakest());
    assertEquals(List.of(), a.priorities());
    assertEquals(
        List.of("change_lead_time", "deployment_frequency"),
        a.strongest().stream().map(Assessment.Area::question).toList(),
        "the two furthest above the mean; aspects all equal do not stand out");
  }

  @Test
  void anUnansweredRequiredQuestionIsRefused() throws Exception {
    Map<String, String> typed = baseline();
    typed.remove("measurement");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> scorer.score(answers("Gap", Language.EN, typed), Optional.empty(), DEC_1));
    assertEquals("not answered: measurement", e.getMessage());
  }

  // --- changes --------------------------------------------------------------------------------

  @Test
  void aSecondAssessmentRecordsTheChangeOfEveryQuestionAnsweredBothTimes() throws Exception {
    // given the example, then the same team a quarter later
    Assessment first = scorer.score(example("answers.yaml"), Optional.empty(), DEC_1);

    // when
    Assessment second =
        scorer.score(example("answers-next-quarter.yaml"), Optional.of(first), MAR_1);

    // then
    assertNull(first.previousId());
    assertEquals(List.of(), first.changes());
    assertEquals(first.id(), second.previousId());
    Map<String, Double> deltas = new LinkedHashMap<>();
    second.changes().forEach(c -> deltas.put(c.question(), c.delta()));
    assertEquals(17, deltas.size());
    assertEquals(2.0, deltas.get("change_lead_time"), "4 → 6");
    assertEquals(2.0, deltas.get("deployment_frequency"));
    assertEquals(0.0, deltas.get("failed_deployment_recovery_time"));
    assertEquals(1.0, deltas.get("change_fail_rate"), "20% → 10%");
    assertEquals(0.5, deltas.get("deployment_rework_rate"), "15% → 10%");
    assertEquals(1.0, deltas.get("investment"));
    assertEquals(0.0, deltas.get("adoption"));
    assertEquals(2.0, deltas.get("interfaces"));
    assertEquals(3.0, deltas.get("streamlining_change_approval"));
    Assessment.Change leadTime = second.changes().getFirst();
    assertEquals(new Assessment.Change("change_lead_time", 4, 6), leadTime);
    // overall (6 + 6 + 8 + 9 + 9) / 5 = 7.6, against 6.72 ± 1.2: +0.73
    assertEquals(7.6, second.dora().overall());
    assertEquals(0.7, second.dora().comparison().overall().deviations());
  }

  // --- the report, in English and French -------------------------------------------------------

  @Test
  void theEnglishReportHasItsSectionsAndTheChangeColumnOnASecondAssessment() throws Exception {
    AssessmentReport report = new AssessmentReport(questionnaire, knowledge);
    Assessment first = scorer.score(example("answers.yaml"), Optional.empty(), DEC_1);
    Assessment second =
        scorer.score(example("answers-next-quarter.yaml"), Optional.of(first), MAR_1);
    AssessmentNarrator narrator = offlineNarrator();

    String md1 = report.render(narrator.narrate(first), List.of("radar.png"));
    String md2 = report.render(narrator.narrate(second), List.of());

    assertTrue(md1.startsWith("# Platform assessment: Payments platform (2026-12-01)\n"), md1);
    assertEquals(
        List.of(
            "## Summary",
            "## Software delivery performance (DORA)",
            "## Platform engineering maturity (CNCF)",
            "## Capabilities that drive delivery",
            "## Strongest and weakest areas",
            "## What to improve first",
            "## Charts",
            "## Sources"),
        headings(md1));
    assertTrue(
        md1.contains(
            "| Change lead time | One week to one month | 4 | 5.5 ± 2.4 | below the mean |"),
        md1);
    assertTrue(md1.contains("| Change fail rate | 20% | 8 | 8.1 ± 2.1 | around the mean |"), md1);
    assertTrue(md1.contains("**Throughput** 5.3 · **Stability** 8.3"), md1);
    assertTrue(
        md1.contains(
            "### 1. Interfaces: Provisional: custom processes → Operational: standard tooling"),
        md1);
    assertTrue(md1.contains("![radar.png](radar.png)"), md1);
    assertFalse(md1.contains("Change |"), "no change column the first time");
    assertTrue(md1.contains("Written from the scores without an LLM."));

    assertTrue(
        md2.contains("| Metric | Answer | Score | DORA mean ± SD | Standing | Change |"), md2);
    assertTrue(
        md2.contains(
            "| Change lead time | One day to one week | 6 | 5.5 ± 2.4 | around the mean | +2 |"),
        md2);
    assertTrue(
        md2.contains("| Deployment rework rate | 10% | 9 | 7.8 ± 2.2 | above the mean | +0.5 |"),
        md2);
    assertTrue(
        md2.contains(
            "| Failed deployment recovery time | Less than one day | 8 | 7.4 ± 2.1 | above the mean | = |"),
        md2);
    assertTrue(md2.contains("| Aspect | Level | What it means | Change |"), md2);
    assertFalse(md2.contains("## Charts"), "no chart, no section");
  }

  @Test
  void theFrenchReportHasFrenchHeadingsAndNoEnglishInItsFixedText() throws Exception {
    // given the example answered in French, and a second assessment for the change column
    AssessmentReport report = new AssessmentReport(questionnaire, knowledge);
    Map<String, String> typed = new LinkedHashMap<>(typedOf("answers.yaml"));
    Assessment first =
        scorer.score(answers("Équipe Paiements", Language.FR, typed), Optional.empty(), DEC_1);
    Assessment second =
        scorer.score(
            answers("Équipe Paiements", Language.FR, typedOf("answers-next-quarter.yaml")),
            Optional.of(first),
            MAR_1);

    // when
    String md = report.render(offlineNarrator().narrate(second), List.of("radar.png"));

    // then
    assertEquals("fr", second.language());
    assertEquals("equipe-paiements", second.teamSlug());
    assertTrue(
        md.startsWith("# Évaluation de la plateforme : Équipe Paiements (2027-03-01)\n"), md);
    assertEquals(
        List.of(
            "## Synthèse",
            "## Performance de livraison logicielle (DORA)",
            "## Maturité du platform engineering (CNCF)",
            "## Capacités qui font la performance de livraison",
            "## Points forts et points faibles",
            "## Par quoi commencer",
            "## Graphiques",
            "## Sources"),
        headings(md));
    assertTrue(
        md.contains(
            "| Métrique | Réponse | Score | Moyenne DORA ± écart type | Position | Évolution |"),
        md);
    assertTrue(
        md.contains("| Délai de mise en production | Entre un jour et une semaine | 6 |"), md);
    assertTrue(md.contains("10 %"), "French percentages: " + md);
    assertTrue(md.contains("Rédigé à partir des scores, sans LLM."), md);
    assertTrue(md.contains("**Débit** 6,7 · **Stabilité** 9 "), "French decimals: " + md);
    // The fixed text only: the sources and the knowledge base's passage titles are English
    // content.
    String fixed = md.substring(0, md.indexOf("## Sources"));
    fixed = String.join("\n", fixed.lines().filter(l -> !l.startsWith("- À lire")).toList());
    for (String english :
        List.of(
            "Summary",
            "Metric",
            "Answer",
            "Standing",
            "Throughput",
            "Stability",
            "Overall",
            "respondents",
            "the mean",
            "What it means",
            "Level",
            "Statement",
            "Improves",
            "Strongest",
            "Weakest",
            "What to improve",
            "you answered",
            "Written from",
            "Change |",
            "Charts",
            "answers,",
            "measured",
            "self-reported",
            "Delivery:",
            "Platform maturity",
            "Start with",
            "delivery performance as a whole",
            "The capabilities DORA links",
            " and ",
            " the ")) {
      assertFalse(
          fixed.contains(english), "English in the French report: '" + english + "'\n" + fixed);
    }
  }

  // --- helpers ----------------------------------------------------------------------------------

  private AssessmentNarrator offlineNarrator() {
    return new AssessmentNarrator(
        questionnaire,
        knowledge,
        new PromptBuilder(
            PromptLibrary.load(Path.of("prompts"), Path.of("prompts/examples/project-context.md")),
            new TokenCounter(),
            6000),
        Optional.empty());
  }

  /** Every required question answered in the middle of its scale. */
  private static Map<String, String> baseline() {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("change_lead_time", "3");
    typed.put("deployment_frequency", "3");
    typed.put("failed_deployment_recovery_time", "3");
    typed.put("change_fail_rate", "30");
    typed.put("deployment_rework_rate", "30");
    typed.put("investment", "2");
    typed.put("adoption", "2");
    typed.put("interfaces", "2");
    typed.put("operations", "2");
    typed.put("measurement", "2");
    return typed;
  }

  private Answers answers(String team, Language language, Map<String, String> typed)
      throws InvalidAnswersException {
    Map<String, Answer> byQuestion = new LinkedHashMap<>();
    for (var e : typed.entrySet()) {
      Question q = questionnaire.question(e.getKey()).orElseThrow();
      byQuestion.put(q.id(), TypedAnswers.parse(q, e.getValue(), "answers." + q.id()));
    }
    return new Answers(team, byQuestion, Optional.empty(), Optional.empty(), language);
  }

  private Answers example(String file) throws Exception {
    return new AnswersFile(questionnaire)
        .read(Files.readString(EXAMPLES.resolve(file), StandardCharsets.UTF_8), Optional.empty());
  }

  /** An example's answers as typed, without its team, language and groups. */
  private Map<String, String> typedOf(String file) throws Exception {
    Map<String, String> typed = new LinkedHashMap<>();
    for (Assessment.Result r : scorer.score(example(file), Optional.empty(), DEC_1).results()) {
      typed.put(
          r.question(),
          r.value() != null ? AssessmentReport.number(r.value()) : String.valueOf(r.choice()));
    }
    return typed;
  }

  private static List<String> headings(String md) {
    return md.lines().filter(l -> l.startsWith("## ")).toList();
  }
}
