package dev.platformconsultant.adr;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.platformconsultant.ScriptedLanguageModel;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.model.Mode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AdrDrafterTest {
  @RegisterExtension
  static WireMockExtension llm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private String completion(String content) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode body = (ObjectNode) json.readTree(TestApp.resource("llm/openai-chat.json"));
    ((ObjectNode) body.get("choices").get(0).get("message")).put("content", content);
    return body.toString();
  }

  private static AdrRequest request() {
    return AdrRequest.builder("Use Kafka for order events")
        .context("Order events are lost when the monolith restarts.")
        .options("Kafka, RabbitMQ")
        .drivers("durability, replay")
        .participants(List.of("<@U0ALICE>", "<@U0BOB>"))
        .link("https://kestrel.slack.com/archives/C0001/p1764029000000100")
        .build();
  }

  @Test
  void aValidModelDraftBecomesAProposedMadrRecordWithItsSources() throws Exception {
    llm.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(completion(TestApp.resource("adr/llm-adr-good.json")))));
    AdrDrafter drafter =
        TestApp.wire(AdrFixtures.env(TestApp.llmEnv("openai", llm.baseUrl() + "/v1"))).drafter();

    AdrDraft draft = drafter.draft(request());

    assertEquals(Mode.LLM, draft.mode());
    assertEquals("proposed", draft.status());
    assertEquals(3, draft.options().size());
    assertEquals(List.of("<@U0ALICE>"), draft.decisionMakers());
    assertEquals(List.of("<@U0BOB>"), draft.consulted());
    assertTrue(
        draft
            .moreInformation()
            .contains("Discussion: https://kestrel.slack.com/archives/C0001/p1764029000000100"));
    String text = AdrTemplate.of("madr").render(draft);
    for (String section : AdrLogTest.MADR_SECTIONS) {
      assertTrue(text.contains(section), section);
    }
    assertTrue(text.contains("(`"), "citations became passage ids: " + text);
  }

  @Test
  void anInvalidModelDraftTwiceFallsBackToTheOfflineDraftAndSaysWhy() throws Exception {
    llm.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        completion("{\"context\": \"x\", \"options\": [{\"name\": \"Kafka\"}]}"))));
    AdrDrafter drafter = TestApp.wire(TestApp.llmEnv("openai", llm.baseUrl() + "/v1")).drafter();

    AdrDraft draft = drafter.draft(request());

    assertEquals(Mode.OFFLINE, draft.mode());
    assertTrue(draft.warning().orElseThrow().contains("invalid twice"), draft.warning().toString());
    assertEquals(
        List.of("Kafka", "RabbitMQ", "Keep the current approach"),
        draft.options().stream().map(AdrOption::name).toList());
  }

  @Test
  void aFrenchRequestIsToldOfTheFallbackInFrench() throws Exception {
    llm.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(completion("Voici le brouillon : rien de structuré."))));
    AdrDrafter drafter = TestApp.wire(TestApp.llmEnv("openai", llm.baseUrl() + "/v1")).drafter();
    AdrRequest french =
        AdrRequest.builder("Utiliser Kafka pour les événements de commande")
            .context("Les événements de commande sont perdus quand le monolithe redémarre.")
            .options("Kafka, RabbitMQ")
            .build();

    AdrDraft draft = drafter.draft(french);

    assertEquals(Mode.OFFLINE, draft.mode());
    assertEquals(
        "Mode dégradé : le brouillon du LLM était invalide deux fois"
            + " (the answer holds no JSON object) ; voici le brouillon hors ligne.",
        draft.warning().orElseThrow());
  }

  @Test
  void aCitationOfAPassageThePromptDidNotHoldIsDroppedWithItsSpace() {
    List<Passage> one =
        List.of(
            new Passage(
                "outbox#relay", "outbox", "Outbox", "pattern", "Relay", "outbox.md", "", 1, 1));

    assertEquals(
        "Written in the same transaction (`outbox#relay`), relayed by a poller.",
        AdrDrafter.cite("Written in the same transaction [1], relayed by a poller [2].", one));
  }

  @Test
  void offlineADecisionGivenMakesItAccepted() {
    AdrDrafter drafter = TestApp.wire(TestApp.offlineEnv()).drafter();
    AdrRequest decided =
        AdrRequest.builder("Use Kafka for order events")
            .options("Kafka or RabbitMQ")
            .decision("Kafka")
            .build();

    AdrDraft draft = drafter.draft(decided);

    assertEquals("accepted", draft.status());
    assertEquals("Kafka", draft.chosen());
    assertTrue(AdrTemplate.of("madr").render(draft).contains("Chosen option: \"Kafka\""));
  }

  @Test
  void offlineOptionsComeFromTheRequesterNeverFromKnowledgeBaseTitles() {
    AdrDraft draft =
        AdrFixtures.drafter(Optional.empty())
            .draft(AdrRequest.titled("Deploy staging with Argo CD and measure DORA metrics"));

    assertEquals(
        List.of("Keep the current approach"),
        draft.options().stream().map(AdrOption::name).toList());
    String text = AdrTemplate.of("madr").render(draft);
    assertTrue(
        text.contains("* _To be completed by the team: the options considered (two at least)._"),
        text);
    assertTrue(
        text.contains("The team must first list the options it considers, then choose one"), text);
  }

  @Test
  void aSlackThreadGivesTheDraftItsOptionsAndArguments() {
    String thread =
        """
        Participants: <@U0BOB>, <@U0CAROL>
        Thread: channel C0001, ts 1764029000.000100
        A Slack thread to turn into an ADR.

        <@U0BOB>: Should we use Argo CD or Flux to deploy staging?
        (consultant) Argo CD gives you a UI and app-of-apps; Flux is lighter and composes with Kustomize.
        <@U0CAROL>: We already run Argo CD in prod.""";

    AdrDraft draft =
        AdrFixtures.drafter(Optional.empty())
            .draft(
                AdrRequest.builder("Should we use Argo CD or Flux to deploy staging?")
                    .participants(List.of("<@U0BOB>", "<@U0CAROL>"))
                    .material(thread)
                    .build());

    assertEquals("Should we use Argo CD or Flux to deploy staging?", draft.context());
    assertEquals(
        List.of("Argo CD", "Flux", "Keep the current approach"),
        draft.options().stream().map(AdrOption::name).toList());
    assertEquals(
        List.of("Argo CD gives you a UI and app-of-apps", "We already run Argo CD in prod"),
        draft.options().getFirst().pros());
  }

  @Test
  void aDecisionGivenTakesItsReasonFromTheNotes() {
    AdrDraft draft =
        AdrFixtures.drafter(Optional.empty())
            .draft(
                AdrRequest.builder("Order events transport")
                    .options("SQS, Kafka")
                    .decision("sqs")
                    .material(
                        "Decision: we'll go with SQS because the team has no one to run Kafka.")
                    .build());

    assertEquals("SQS", draft.chosen());
    assertTrue(
        AdrTemplate.of("madr")
            .render(draft)
            .contains("Chosen option: \"SQS\", because the team has no one to run Kafka."),
        AdrTemplate.of("madr").render(draft));
  }

  @Test
  void aDecisionGivenWithoutAReasonAsksTheTeamForIt() {
    AdrDraft draft =
        AdrFixtures.drafter(Optional.empty())
            .draft(
                AdrRequest.builder("Order events transport")
                    .options("SQS, Kafka")
                    .decision("Kafka")
                    .build());

    assertTrue(
        AdrTemplate.of("madr")
            .render(draft)
            .contains(
                "Chosen option: \"Kafka\". _To be completed by the team: why this option was chosen._"));
  }

  @Test
  void aDecisionTheNotesStateButTheRequestDoesNotIsLeftForTheTeamToConfirm() {
    AdrDraft draft =
        AdrFixtures.drafter(Optional.empty())
            .draft(
                AdrRequest.builder("Order events transport")
                    .options("SQS, Kafka")
                    .material("Agreed: we go with SQS, nobody wants to run Kafka.")
                    .build());

    assertEquals("proposed", draft.status());
    assertTrue(
        draft.moreInformation().stream()
            .anyMatch(
                m -> m.startsWith("A decision stated in the notes, for the team to confirm:")),
        draft.moreInformation().toString());
  }

  @Test
  void anUndecidedModelDraftKeepsItsRecommendationOutOfTheDecision() {
    AdrDraft draft =
        AdrFixtures.drafter(
                Optional.of(new ScriptedLanguageModel(TestApp.resource("adr/llm-adr-good.json"))))
            .draft(request());

    String outcome = AdrTemplate.of("madr").render(draft).split("## Decision Outcome")[1];
    assertTrue(!outcome.split("###")[0].contains("Kafka with a transactional outbox"), outcome);
    assertTrue(
        draft
            .moreInformation()
            .getFirst()
            .startsWith(
                "The consultant's recommendation, to discuss (not a decision): Kafka with"));
  }

  @Test
  void thePromptHoldsOnlyThePassagesAboutTheDecision() {
    ScriptedLanguageModel model =
        new ScriptedLanguageModel(TestApp.resource("adr/llm-adr-good.json"));

    AdrFixtures.drafter(Optional.of(model)).draft(request());

    List<String> ids = model.asked().getFirst().passages().stream().map(Passage::id).toList();
    assertEquals(
        List.of(
            "transactional-outbox#change-data-capture-with-kafka",
            "transactional-outbox#relaying-events-to-kafka-or-rabbitmq"),
        ids);
  }
}
