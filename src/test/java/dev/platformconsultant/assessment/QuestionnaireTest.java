package dev.platformconsultant.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.TestApp;
import dev.platformconsultant.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped questionnaire: its shape, its limits and the ids it points at. */
class QuestionnaireTest {
  private static final int SLACK_OPTION = 75;
  private static final List<String> METRICS =
      List.of(
          "change_lead_time",
          "deployment_frequency",
          "failed_deployment_recovery_time",
          "change_fail_rate",
          "deployment_rework_rate");
  private static final List<String> ASPECTS =
      List.of("investment", "adoption", "interfaces", "operations", "measurement");

  private static KnowledgeBase knowledge;
  private final Questionnaire questionnaire = Questionnaire.shipped();

  @BeforeAll
  static void loadShippedKnowledge() {
    // Lexical only: resolving ids needs no embeddings.
    knowledge = TestApp.shippedKnowledge();
  }

  @Test
  void theShippedQuestionnaireHasFiveDoraMetricsFiveCncfAspectsAndCapabilities() {
    // when
    List<Question> dora = questionnaire.in(Section.DORA);
    List<Question> cncf = questionnaire.in(Section.CNCF);
    List<Question> capabilities = questionnaire.in(Section.CAPABILITIES);

    // then
    assertEquals("2026-12", questionnaire.version());
    assertEquals(METRICS, dora.stream().map(Question::id).toList());
    assertEquals(
        List.of("throughput", "throughput", "throughput", "stability", "stability"),
        dora.stream().map(q -> q.factor().orElse("")).toList());
    assertEquals(ASPECTS, cncf.stream().map(Question::id).toList());
    for (Question q : cncf) {
      assertEquals(
          List.of("provisional", "operational", "scalable", "optimizing"),
          q.choices().stream().map(Choice::id).toList(),
          q.id());
      assertEquals(
          List.of(1.0, 2.0, 3.0, 4.0), q.choices().stream().map(Choice::score).toList(), q.id());
      assertTrue(q.choices().stream().allMatch(c -> c.detail().isPresent()), q.id());
    }
    assertEquals(13, capabilities.size());
    for (Question q : capabilities) {
      assertEquals(
          List.of(1.0, 2.0, 3.0, 4.0, 5.0),
          q.choices().stream().map(Choice::score).toList(),
          q.id() + ": the five-point agreement scale");
      assertTrue(q.source().contains("https://dora.dev/capabilities/"), q.id());
    }
    assertEquals(23, questionnaire.questions().size(), "nothing outside the three sections");
  }

  @Test
  void choiceMetricsScoreZeroToTenInStepsOfTwo() {
    for (String id :
        List.of("change_lead_time", "deployment_frequency", "failed_deployment_recovery_time")) {
      Question q = questionnaire.question(id).orElseThrow();

      assertEquals(Question.Kind.CHOICE, q.kind(), id);
      assertEquals(
          List.of(0.0, 2.0, 4.0, 6.0, 8.0, 10.0),
          q.choices().stream().map(Choice::score).toList(),
          id);
      assertTrue(q.measurable(), id + " takes measured values");
    }
  }

  @Test
  void percentQuestionsOfferElevenChoicesFromZeroToAHundred() {
    for (String id : List.of("change_fail_rate", "deployment_rework_rate")) {
      Question q = questionnaire.question(id).orElseThrow();

      assertEquals(Question.Kind.PERCENT, q.kind(), id);
      assertEquals(11, q.choices().size(), id);
      assertEquals(
          IntStream.rangeClosed(0, 10).mapToObj(i -> i * 10 + "%").toList(),
          q.choices().stream().map(c -> c.label().en()).toList(),
          id);
      assertEquals(
          IntStream.rangeClosed(0, 10).mapToObj(i -> i * 10 + " %").toList(),
          q.choices().stream().map(c -> c.label().fr()).toList(),
          id + ": French puts a space before %");
      assertEquals(
          IntStream.rangeClosed(0, 10).mapToObj(i -> 10.0 - i).toList(),
          q.choices().stream().map(Choice::score).toList(),
          id);
      assertEquals("percent", q.unit().orElseThrow().en());
      assertEquals("a percentage from 0 to 100", q.accepts());
    }
  }

  @Test
  void everyLabelFitsASlackOptionInBothLanguages() {
    List<String> tooLong = new ArrayList<>();
    for (Question q : questionnaire.questions()) {
      check(q.id() + ".name", q.name(), tooLong);
      for (Choice c : q.choices()) {
        check(q.id() + "." + c.id(), c.label(), tooLong);
        assertFalse(c.label().en().isBlank() || c.label().fr().isBlank(), q.id() + "." + c.id());
      }
    }
    for (Benchmarks.Group g : questionnaire.benchmarks().industries()) {
      check("industry." + g.id(), g.name(), tooLong);
    }
    for (Benchmarks.Group g : questionnaire.benchmarks().organisationSizes()) {
      check("organisation_size." + g.id(), g.name(), tooLong);
    }

    assertEquals(List.of(), tooLong);
  }

  @Test
  void everyPassageIdResolvesInTheShippedKnowledgeBase() {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Question q : questionnaire.questions()) {
      assertFalse(q.passages().isEmpty(), q.id() + " names passages to read");
      for (String id : q.passages()) {
        checked++;
        if (knowledge.passage(id).isEmpty()) {
          missing.add(q.id() + " -> " + id);
        }
      }
    }

    assertEquals(List.of(), missing);
    assertTrue(checked >= 40, "checked " + checked);
  }

  @Test
  void everyImprovesIdNamesADoraMetric() {
    Set<String> metrics = Set.copyOf(METRICS);
    List<String> wrong = new ArrayList<>();
    for (Question q : questionnaire.questions()) {
      if (q.section() != Section.CAPABILITIES) {
        assertEquals(List.of(), q.improves(), q.id() + ": only capabilities improve metrics");
      }
      for (String id : q.improves()) {
        if (!metrics.contains(id)) {
          wrong.add(q.id() + " -> " + id);
        }
      }
    }

    assertEquals(List.of(), wrong);
    assertEquals(
        List.of(
            "change_lead_time",
            "deployment_frequency",
            "failed_deployment_recovery_time",
            "change_fail_rate",
            "deployment_rework_rate"),
        questionnaire.question("working_in_small_batches").orElseThrow().improves());
  }

  @Test
  void everyDoraMetricHasABenchmarkAndEveryGroupIdIsUnique() {
    Benchmarks b = questionnaire.benchmarks();

    assertEquals(2025, b.dataYear());
    assertEquals(Set.copyOf(METRICS), b.metrics().keySet());
    assertEquals(6.72, b.overall().mean());
    assertEquals(1.2, b.overall().standardDeviation());
    assertEquals(
        b.industries().size(),
        b.industries().stream().map(Benchmarks.Group::id).distinct().count());
    assertEquals(
        b.organisationSizes().size(),
        b.organisationSizes().stream().map(Benchmarks.Group::id).distinct().count());
    assertTrue(b.industry("financial_services").isPresent());
    assertTrue(b.caveat().orElseThrow().fr().contains("écart type"));
  }

  private static void check(String where, Text text, List<String> tooLong) {
    if (text.en().length() > SLACK_OPTION) {
      tooLong.add(where + " (en, " + text.en().length() + ")");
    }
    if (text.fr().length() > SLACK_OPTION) {
      tooLong.add(where + " (fr, " + text.fr().length() + ")");
    }
  }
}
