package dev.platformconsultant.adr;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.model.Mode;
import java.util.List;
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
    AdrDrafter drafter = TestApp.wire(TestApp.llmEnv("openai", llm.baseUrl() + "/v1")).drafter();

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
}
