package dev.platformconsultant.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.TestApp;
import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.Passage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionSourcesTest {
  private static DecisionSources.Found found(
      KnowledgeBase knowledge, String title, String options) {
    DecisionNotes notes = NotesReader.read(title, "", AdrDrafter.split(options));
    return new DecisionSources(knowledge).find(title, notes.options());
  }

  private static List<String> ids(List<Passage> passages) {
    return passages.stream().map(Passage::id).toList();
  }

  @Test
  void aKafkaDecisionCitesNothingAboutKubernetesCostsOrAPassingMentionOfKafka() {
    DecisionSources.Found found =
        found(AdrFixtures.knowledge(), "Use Kafka for order events", "Kafka, RabbitMQ");

    List<String> cited = ids(found.all());
    assertTrue(
        cited.stream().noneMatch(id -> id.startsWith("kubernetes-cost-optimisation")),
        cited.toString());
    assertTrue(
        cited.stream().noneMatch(id -> id.startsWith("preview-environments")), cited.toString());
  }

  @Test
  void aPassageAboutOneOptionIsAttachedToItAndOneComparingThemIsAboutTheDecision() {
    DecisionSources.Found found =
        found(AdrFixtures.knowledge(), "Use Kafka for order events", "Kafka, RabbitMQ");

    assertEquals(
        Map.of("Kafka", List.of("transactional-outbox#change-data-capture-with-kafka")),
        Map.of("Kafka", ids(found.of("Kafka"))));
    assertEquals(List.of(), found.of("RabbitMQ"));
    assertEquals(
        List.of("transactional-outbox#relaying-events-to-kafka-or-rabbitmq"), ids(found.general()));
  }

  @Test
  void aSectionOnArgoCdInformsArgoCdOnly() {
    DecisionSources.Found found =
        found(AdrFixtures.knowledge(), "Should we use Argo CD or Flux to deploy staging?", "");

    assertEquals(
        List.of("gitops#preview-environments-with-argo-cd-applicationset"),
        ids(found.of("Argo CD")));
    assertEquals(List.of(), found.of("Flux"));
    assertEquals(List.of("gitops#argo-cd-or-flux"), ids(found.general()));
  }

  @Test
  void theKubernetesCostPlaybookIsCitedWhenTheDecisionIsAboutIt() {
    DecisionSources.Found found =
        found(
            AdrFixtures.knowledge(),
            "Cut the Kubernetes bill of the batch cluster",
            "Spot, Karpenter");

    assertTrue(
        ids(found.all()).contains("kubernetes-cost-optimisation#spot-node-pools"),
        found.toString());
  }

  @Test
  void theShippedKnowledgeGivesAKafkaDecisionNothingAboutCostsPreviewsOrAdrPractice() {
    Map<String, String> env = TestApp.offlineEnv();
    env.put("CONSULTANT_KNOWLEDGE_DIR", "knowledge");
    KnowledgeBase shipped = TestApp.wire(env).knowledge();

    List<String> cited = ids(found(shipped, "Use Kafka for order events", "Kafka, RabbitMQ").all());

    // Each names Kafka in passing: preview environments share one; an ADR file name is the example.
    assertTrue(
        cited.stream()
            .noneMatch(
                id ->
                    id.startsWith("kubernetes-cost-optimisation")
                        || id.startsWith("anti-pattern-shared-mutable-staging")
                        || id.startsWith("adr-practice")),
        cited.toString());
  }
}
