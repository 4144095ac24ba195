package dev.platformconsultant.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.model.PromptBuilder;
import dev.platformconsultant.model.PromptLibrary;
import dev.platformconsultant.text.TokenCounter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The records the scorer and narrator produce validate against {@code assessment.schema.json}, and
 * the schema refuses what a record must never hold.
 */
class AssessmentSchemaTest {
  private static final Path EXAMPLES = Path.of("src/main/resources/assessment/examples");
  private static final Instant DEC_1 = Instant.parse("2026-12-01T09:30:00Z");
  private static final Instant MAR_1 = Instant.parse("2027-03-01T09:30:00.123456Z");

  private static Schema schema;
  private static KnowledgeBase knowledge;

  private final ObjectMapper json = new ObjectMapper();
  private final Questionnaire questionnaire = Questionnaire.shipped();
  private final AnswersFile files = new AnswersFile(questionnaire);

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in =
        AssessmentSchemaTest.class
            .getClassLoader()
            .getResourceAsStream("assessment/assessment.schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    knowledge = TestApp.shippedKnowledge();
  }

  @Test
  void theFirstAndSecondAssessmentsOfATeamValidate() throws Exception {
    // given the example with industry and size, then a quarter later
    Assessment first = narrated(score(answers(read("answers.yaml")), Optional.empty(), DEC_1));
    Assessment second =
        narrated(score(answers(read("answers-next-quarter.yaml")), Optional.of(first), MAR_1));

    // then
    JsonNode firstJson = tree(first);
    assertFalse(firstJson.has("previousId"), "absent, not null, for a first assessment");
    assertTrue(firstJson.get("dora").get("comparison").has("industry"));
    assertValid(firstJson);
    JsonNode secondJson = tree(second);
    assertEquals(first.id(), secondJson.get("previousId").asText());
    assertEquals(17, secondJson.get("changes").size());
    assertFalse(secondJson.get("changes").get(0).has("delta"), "delta is derived, not saved");
    assertValid(secondJson);
  }

  @Test
  void anAssessmentWithMeasuredValuesValidates() throws Exception {
    Answers measured = files.withMeasured(answers(read("answers.yaml")), read("metrics.yaml"));

    JsonNode record = tree(narrated(score(measured, Optional.empty(), DEC_1)));

    JsonNode leadTime = record.get("results").get(0);
    assertEquals(52.5, leadTime.get("value").asDouble());
    assertEquals("hours", leadTime.get("unit").asText());
    assertTrue(leadTime.get("measured").asBoolean());
    assertValid(record);
  }

  @Test
  void aFrenchAssessmentWithoutGroupsOrCapabilitiesValidates() throws Exception {
    String yaml =
        """
        team: Équipe Paiements
        language: fr
        answers:
          change_lead_time: 1
          deployment_frequency: 1
          failed_deployment_recovery_time: 1
          change_fail_rate: 100
          deployment_rework_rate: 100
          investment: 1
          adoption: 1
          interfaces: 1
          operations: 1
          measurement: 1
        """;

    JsonNode record = tree(narrated(score(answers(yaml), Optional.empty(), DEC_1)));

    assertEquals("fr", record.get("language").asText());
    assertEquals(0.0, record.get("dora").get("overall").asDouble(), "the lowest possible");
    assertFalse(record.get("dora").get("comparison").has("industry"));
    assertTrue(record.get("narrative").get("text").asText().startsWith("Livraison"));
    assertValid(record);
  }

  @Test
  void llmAndFallbackNarrativesValidate() throws Exception {
    Assessment a = score(answers(read("answers.yaml")), Optional.empty(), DEC_1);

    assertValid(
        tree(
            a.withNarrative(
                new Assessment.Narrative(
                    "Start with interfaces [1].",
                    "llm",
                    List.of("golden-paths#what-a-golden-path-contains", "dora-metrics"),
                    null))));
    assertValid(
        tree(
            a.withNarrative(
                new Assessment.Narrative(
                    "Delivery: …", "offline", List.of(), "Fallback: the LLM did not answer"))));
  }

  @Test
  void aBrokenRecordFailsValidationWhereItIsBroken() throws Exception {
    Assessment a = narrated(score(answers(read("answers.yaml")), Optional.empty(), DEC_1));

    assertInvalid(a, r -> result(r, 0).put("score", 11), "/results/0/score");
    assertInvalid(a, r -> result(r, 0).put("section", "security"), "/results/0/section");
    assertInvalid(a, r -> result(r, 5).put("score", 5), "/results/5/score");
    assertInvalid(a, r -> result(r, 0).put("choice", 0), "/results/0/choice");
    assertInvalid(a, r -> result(r, 0).remove("measured"), "/results/0");
    assertInvalid(a, r -> result(r, 0).put("measured", true), "/results/0");
    assertInvalid(a, r -> r.put("language", "de"), "/language");
    assertInvalid(a, r -> r.put("id", "Payments Platform"), "/id");
    assertInvalid(a, r -> r.put("rating", "elite"), "rating");
    assertInvalid(a, r -> r.remove("dora"), "dora");
    assertInvalid(a, r -> ((ObjectNode) r.get("dora")).put("overall", 10.5), "/dora/overall");
    assertInvalid(a, r -> ((ObjectNode) r.get("narrative")).put("mode", "ai"), "/narrative/mode");
    assertInvalid(
        a, r -> ((ObjectNode) r.get("narrative")).putNull("warning"), "/narrative/warning");
    assertInvalid(
        a, r -> ((ObjectNode) r.get("weakest").get(0)).put("strength", 1.5), "/weakest/0/strength");
  }

  private static ObjectNode result(ObjectNode record, int index) {
    return (ObjectNode) record.get("results").get(index);
  }

  private void assertValid(JsonNode record) {
    List<Error> errors = schema.validate(record);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList(), record.toString());
  }

  private void assertInvalid(Assessment a, Consumer<ObjectNode> breakIt, String where)
      throws Exception {
    ObjectNode record = (ObjectNode) tree(a);
    assertValid(record);
    breakIt.accept(record);

    List<String> errors = schema.validate(record).stream().map(Error::toString).toList();

    assertFalse(errors.isEmpty(), "accepted a record broken at " + where);
    assertTrue(
        errors.stream().anyMatch(e -> e.contains(where)), where + " is not named in " + errors);
  }

  private Assessment score(Answers answers, Optional<Assessment> previous, Instant at) {
    return new AssessmentScorer(questionnaire, knowledge).score(answers, previous, at);
  }

  private Assessment narrated(Assessment a) {
    return new AssessmentNarrator(
            questionnaire,
            knowledge,
            new PromptBuilder(
                PromptLibrary.load(
                    Path.of("prompts"), Path.of("prompts/examples/project-context.md")),
                new TokenCounter(),
                6000),
            Optional.empty())
        .narrate(a);
  }

  private Answers answers(String yaml) throws InvalidAnswersException {
    return files.read(yaml, Optional.empty());
  }

  /** The record as saved. */
  private JsonNode tree(Assessment a) throws Exception {
    return json.readTree(AssessmentHistory.json(a));
  }

  private static String read(String example) throws Exception {
    return Files.readString(EXAMPLES.resolve(example), StandardCharsets.UTF_8);
  }
}
