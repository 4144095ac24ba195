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
import java.util.Map;
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

  /** The app's LLM time-out: {@link TestApp#llmEnv}'s for answers that come at once. */
  private static final int TIMEOUT_SECONDS = 2;

  /**
   * For the time-out case, which waits it out for real: the shortest the app accepts. The others
   * keep the roomier one, so a slow machine cannot turn their failure into a time-out.
   */
  private static final int SHORT_TIMEOUT_SECONDS = 1;

  private Consultant consultant() {
    return consultant(TIMEOUT_SECONDS);
  }

  private Consultant consultant(int timeoutSeconds) {
    Map<String, String> env = TestApp.llmEnv("openai", openAi.baseUrl() + "/v1");
    env.put("LLM_TIMEOUT_SECONDS", String.valueOf(timeoutSeconds));
    return TestApp.wire(env).consultant();
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(
            "500",
            json(500, "llm/openai-error-500.json"),
            "is unavailable (HTTP 500)",
            TIMEOUT_SECONDS),
        Arguments.of("503 empty", aResponse().withStatus(503), "is unavailable", TIMEOUT_SECONDS),
        Arguments.of(
            "429",
            json(429, "llm/openai-error-429.json").withHeader("Retry-After", "7"),
            "rate-limiting us (HTTP 429)",
            TIMEOUT_SECONDS),
        Arguments.of(
            "401", json(401, "llm/openai-error-500.json"), "refused the request", TIMEOUT_SECONDS),
        Arguments.of(
            "time-out",
            json(200, "llm/openai-chat.json").withFixedDelay(SHORT_TIMEOUT_SECONDS * 1000 + 1500),
            "did not answer in time",
            SHORT_TIMEOUT_SECONDS),
        Arguments.of(
            "malformed body",
            aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("<html>gateway</html>"),
            "could not read",
            TIMEOUT_SECONDS),
        Arguments.of(
            "connection reset",
            aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
            "openai/gpt-4.1-mini",
            TIMEOUT_SECONDS));
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
      String name, ResponseDefinitionBuilder response, String reason, int timeoutSeconds) {
    openAi.stubFor(post("/v1/chat/completions").willReturn(response));

    Answer answer =
        consultant(timeoutSeconds)
            .answer(Question.of("How should we define SLOs for a payment API?"));

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
  void aFailedStreamFallsBackToo(
      String name, ResponseDefinitionBuilder response, String reason, int timeoutSeconds) {
    openAi.stubFor(
        post("/v1/chat/completions")
            .withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
            .willReturn(response));
    List<String> parts = new ArrayList<>();

    Answer answer =
        consultant(timeoutSeconds)
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
