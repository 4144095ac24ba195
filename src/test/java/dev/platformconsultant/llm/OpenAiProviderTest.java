package dev.platformconsultant.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.consultant.Answer;
import dev.platformconsultant.consultant.Consultant;
import dev.platformconsultant.consultant.SourceRef;
import dev.platformconsultant.model.Mode;
import dev.platformconsultant.model.Question;
import dev.platformconsultant.model.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OpenAI chat-completions wire format, plain and streamed (SSE), through langchain4j. */
class OpenAiProviderTest {
  @RegisterExtension
  static WireMockExtension openAi =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ObjectMapper json = new ObjectMapper();

  private Consultant consultant() {
    Map<String, String> env = TestApp.llmEnv("openai", openAi.baseUrl() + "/v1");
    return TestApp.wire(env).consultant();
  }

  private JsonNode lastRequestBody() throws Exception {
    return json.readTree(openAi.getAllServeEvents().getFirst().getRequest().getBodyAsString());
  }

  @Test
  void aPlainAnswerSendsPersonaContextAndPassagesAndParsesTheReply() throws Exception {
    openAi.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(TestApp.resource("llm/openai-chat.json"))));

    Answer answer =
        consultant().answer(Question.of("How should we define SLOs for a payment API?"));

    openAi.verify(
        postRequestedFor(urlEqualTo("/v1/chat/completions"))
            .withHeader("Authorization", equalTo("Bearer sk-test-0000"))
            .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4.1-mini"))));
    JsonNode body = lastRequestBody();
    String system = body.at("/messages/0/content").asText();
    assertEquals("system", body.at("/messages/0/role").asText());
    assertTrue(system.contains("Platform Engineering consultant"), "persona");
    assertTrue(system.contains("Kestrel Pay"), "project context");
    assertTrue(system.contains("id=\"slo-error-budgets#choosing-slis\""), "passage with its id");
    assertTrue(system.contains("Answer in English"), "language rule");
    assertEquals(
        "How should we define SLOs for a payment API?", body.at("/messages/1/content").asText());

    assertEquals(Mode.LLM, answer.mode());
    assertTrue(answer.markdown().startsWith("Start from what users feel"));
    assertEquals(List.of(1, 2), answer.sources().stream().map(SourceRef::number).toList());
    assertTrue(
        answer.sources().stream().anyMatch(s -> s.id().equals("slo-error-budgets#choosing-slis")),
        answer.sources().toString());
    assertEquals(812, answer.tokens().input());
    assertEquals(31, answer.tokens().output());
  }

  @Test
  void aStreamedAnswerArrivesPieceByPiece() throws Exception {
    openAi.stubFor(
        post("/v1/chat/completions")
            .withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/event-stream")
                    .withBody(TestApp.resource("llm/openai-stream.sse"))));
    List<String> parts = new ArrayList<>();

    Answer answer =
        consultant()
            .answer(Question.of("How should we define SLOs for a payment API?"), parts::add);

    assertEquals(5, parts.size(), parts.toString());
    assertEquals(
        "Start from what users feel: measure availability and latency [1], then agree an error budget policy [2].",
        answer.markdown());
    assertEquals(String.join("", parts), answer.markdown());
    assertEquals(2, answer.sources().size());
    assertEquals(Mode.LLM, answer.mode());
  }

  @Test
  void theConversationSoFarIsSentAsMessages() throws Exception {
    openAi.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(TestApp.resource("llm/openai-chat.json"))));
    Question followUp =
        new Question(
            "what do you think of the option above?",
            List.of(
                Turn.user("Should we use Argo CD or Flux?"),
                Turn.assistant("Both are fine; Argo CD has the UI.")));

    consultant().answer(followUp);

    JsonNode messages = lastRequestBody().get("messages");
    assertEquals(4, messages.size());
    assertEquals("Should we use Argo CD or Flux?", messages.get(1).get("content").asText());
    assertEquals("assistant", messages.get(2).get("role").asText());
    assertEquals("what do you think of the option above?", messages.get(3).get("content").asText());
  }
}
