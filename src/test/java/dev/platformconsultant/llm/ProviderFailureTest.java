package dev.platformconsultant.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.consultant.Answer;
import dev.platformconsultant.consultant.Consultant;
import dev.platformconsultant.model.Mode;
import dev.platformconsultant.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the user gets when the provider fails. Decision: when the LLM fails before saying anything,
 * the offline engine answers instead, labelled as a fall-back with the reason in plain words; the
 * answer is marked degraded (the command line then exits 1). A stream cut after some text keeps the
 * text and says it was interrupted.
 */
class ProviderFailureTest {
  @RegisterExtension
  static WireMockExtension openAi =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private Consultant consultant() {
    return TestApp.wire(TestApp.llmEnv("openai", openAi.baseUrl() + "/v1")).consultant();
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of("500", json(500, "llm/openai-error-500.json"), "is unavailable (HTTP 500)"),
        Arguments.of("503 empty", aResponse().withStatus(503), "is unavailable"),
        Arguments.of(
            "429",
            json(429, "llm/openai-error-429.json").withHeader("Retry-After", "7"),
            "rate-limiting us (HTTP 429)"),
        Arguments.of("401", json(401, "llm/openai-error-500.json"), "refused the request"),
        Arguments.of(
            "time-out",
            json(200, "llm/openai-chat.json").withFixedDelay(3500),
            "did not answer in time"),
        Arguments.of(
            "malformed body",
            aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("<html>gateway</html>"),
            "could not read"),
        Arguments.of(
            "connection reset",
            aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
            "openai/gpt-4.1-mini"));
  }

  private static ResponseDefinitionBuilder json(int status, String resource) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(TestApp.resource(resource));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void aFailedCallFallsBackToALabelledOfflineAnswer(
      String name, ResponseDefinitionBuilder response, String reason) {
    openAi.stubFor(post("/v1/chat/completions").willReturn(response));

    Answer answer =
        consultant().answer(Question.of("How should we define SLOs for a payment API?"));

    assertEquals(Mode.OFFLINE, answer.mode());
    assertTrue(answer.degraded());
    assertTrue(
        answer.markdown().startsWith("_Fallback: the LLM did not answer ("), answer.markdown());
    assertTrue(answer.markdown().contains(reason), answer.markdown());
    assertTrue(answer.warning().orElseThrow().startsWith("LLM unavailable"));
    assertFalse(answer.sources().isEmpty(), "the fall-back still cites the knowledge base");
    assertFalse(answer.markdown().contains("Exception"), "no exception text reaches the user");
  }

  @ParameterizedTest(name = "streaming {0}")
  @MethodSource("failures")
  void aFailedStreamFallsBackToo(String name, ResponseDefinitionBuilder response, String reason) {
    openAi.stubFor(
        post("/v1/chat/completions")
            .withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
            .willReturn(response));
    List<String> parts = new ArrayList<>();

    Answer answer =
        consultant()
            .answer(Question.of("How should we define SLOs for a payment API?"), parts::add);

    assertEquals(Mode.OFFLINE, answer.mode());
    assertTrue(answer.degraded());
    assertEquals(answer.markdown(), String.join("", parts), "the listener saw exactly the answer");
  }

  @Test
  void aStreamCutInTheMiddleKeepsTheTextAndSaysItWasInterrupted() {
    openAi.stubFor(
        post("/v1/chat/completions")
            .withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/event-stream")
                    .withBody(TestApp.resource("llm/openai-stream-cut.sse"))
                    .withChunkedDribbleDelay(3, 200)
                    .withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
    List<String> parts = new ArrayList<>();

    Answer answer =
        consultant()
            .answer(Question.of("How should we define SLOs for a payment API?"), parts::add);

    assertTrue(answer.degraded(), answer.toString());
    assertEquals(answer.markdown(), String.join("", parts));
  }
}
