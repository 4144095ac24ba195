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

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.consultant.Answer;
import dev.platformconsultant.consultant.Consultant;
import dev.platformconsultant.model.Mode;
import dev.platformconsultant.model.Question;
import dev.platformconsultant.text.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Anthropic messages wire format, plain and streamed (SSE events), through langchain4j. */
class AnthropicProviderTest {
  @RegisterExtension
  static WireMockExtension anthropic =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private Consultant consultant() {
    return TestApp.wire(TestApp.llmEnv("anthropic", anthropic.baseUrl() + "/v1/")).consultant();
  }

  private String requestBody() {
    return anthropic.getAllServeEvents().getFirst().getRequest().getBodyAsString();
  }

  @Test
  void aPlainAnswerCarriesTheSystemPromptAndTheKey() {
    anthropic.stubFor(
        post("/v1/messages")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(TestApp.resource("llm/anthropic-message.json"))));

    Answer answer =
        consultant().answer(Question.of("Comment définir des SLO pour une API de paiement ?"));

    anthropic.verify(
        postRequestedFor(urlEqualTo("/v1/messages"))
            .withHeader("x-api-key", equalTo("sk-test-0000"))
            .withRequestBody(matchingJsonPath("$.model", equalTo("claude-sonnet-4-5"))));
    String body = requestBody();
    assertTrue(body.contains("Platform Engineering consultant"), "persona");
    assertTrue(body.contains("Kestrel Pay"), "project context");
    assertTrue(body.contains("slo-error-budgets#"), "passage ids");
    assertTrue(body.contains("Answer in French"), "language rule");
    assertEquals(Mode.LLM, answer.mode());
    assertEquals(Language.FR, answer.language());
    assertTrue(answer.markdown().startsWith("Mesurez d'abord"));
    assertEquals(2, answer.sources().size());
    assertEquals(790, answer.tokens().input());
    assertEquals(28, answer.tokens().output());
  }

  @Test
  void aStreamedAnswerArrivesPieceByPiece() {
    anthropic.stubFor(
        post("/v1/messages")
            .withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/event-stream")
                    .withBody(TestApp.resource("llm/anthropic-stream.sse"))));
    List<String> parts = new ArrayList<>();

    Answer answer =
        consultant()
            .answer(Question.of("Comment définir des SLO pour une API de paiement ?"), parts::add);

    assertEquals(4, parts.size(), parts.toString());
    assertEquals(String.join("", parts), answer.markdown());
    assertTrue(answer.markdown().endsWith("de budget d'erreur [2]."));
    assertEquals(Mode.LLM, answer.mode());
  }
}
