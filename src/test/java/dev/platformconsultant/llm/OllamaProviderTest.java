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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ollama's /api/chat, plain and streamed (NDJSON). Also the check that langchain4j-ollama 1.18.1
 * runs on langchain4j-core 1.19.0 (see pom.xml).
 */
class OllamaProviderTest {
  @RegisterExtension
  static WireMockExtension ollama =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private Consultant consultant() {
    Map<String, String> env = TestApp.llmEnv("ollama", ollama.baseUrl());
    env.remove("LLM_API_KEY");
    return TestApp.wire(env).consultant();
  }

  @Test
  void aPlainAnswer() {
    ollama.stubFor(
        post("/api/chat")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(TestApp.resource("llm/ollama-chat.json"))));

    Answer answer =
        consultant().answer(Question.of("How should we define SLOs for a payment API?"));

    ollama.verify(
        postRequestedFor(urlEqualTo("/api/chat"))
            .withRequestBody(matchingJsonPath("$.model", equalTo("llama3.1"))));
    assertTrue(
        ollama
            .getAllServeEvents()
            .getFirst()
            .getRequest()
            .getBodyAsString()
            .contains("slo-error-budgets#choosing-slis"));
    assertEquals(Mode.LLM, answer.mode());
    assertEquals("Measure availability and latency [1].", answer.markdown());
    assertEquals(1, answer.sources().size());
  }

  @Test
  void aStreamedAnswer() {
    ollama.stubFor(
        post("/api/chat")
            .withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/x-ndjson")
                    .withBody(TestApp.resource("llm/ollama-stream.ndjson"))));
    List<String> parts = new ArrayList<>();

    Answer answer =
        consultant()
            .answer(Question.of("How should we define SLOs for a payment API?"), parts::add);

    assertEquals(List.of("Measure ", "availability ", "and latency [1]."), parts);
    assertEquals("Measure availability and latency [1].", answer.markdown());
  }
}
