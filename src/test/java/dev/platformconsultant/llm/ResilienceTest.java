package dev.platformconsultant.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
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
 * Bounded retries with back-off, no retry of a refusal, and a circuit breaker that stops calling.
 */
class ResilienceTest {
  @RegisterExtension
  static WireMockExtension llm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private Consultant consultant(int retries) {
    Map<String, String> env = TestApp.llmEnv("openai", llm.baseUrl() + "/v1");
    env.put("LLM_MAX_RETRIES", String.valueOf(retries));
    return TestApp.wire(env).consultant();
  }

  /**
   * The LLM stand-in answers the first call with {@code failure}, every later one with {@code
   * then}.
   */
  private static void failOnceThen(
      ResponseDefinitionBuilder failure, ResponseDefinitionBuilder then) {
    llm.stubFor(
        post("/v1/chat/completions")
            .inScenario("fails once")
            .whenScenarioStateIs(STARTED)
            .willReturn(failure)
            .willSetStateTo("answers"));
    llm.stubFor(
        post("/v1/chat/completions")
            .inScenario("fails once")
            .whenScenarioStateIs("answers")
            .willReturn(then));
  }

  private static ResponseDefinitionBuilder chatAnswer() {
    return aResponse()
        .withHeader("Content-Type", "application/json")
        .withBody(TestApp.resource("llm/openai-chat.json"));
  }

  /** OpenAI's 429 body, with the given header saying when to come back. */
  private static ResponseDefinitionBuilder rateLimited(String header, String value) {
    return aResponse()
        .withStatus(429)
        .withHeader("Content-Type", "application/json")
        .withHeader(header, value)
        .withBody(TestApp.resource("llm/openai-error-429.json"));
  }

  @Test
  void aTransientFailureIsRetriedAndTheAnswerComesFromTheLlm() {
    failOnceThen(aResponse().withStatus(503), chatAnswer());

    Answer answer =
        consultant(2).answer(Question.of("How should we define SLOs for a payment API?"));

    assertEquals(Mode.LLM, answer.mode());
    llm.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
  }

  @Test
  void aRefusalIsNotRetried() {
    llm.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse().withStatus(401).withBody("{\"error\":{\"message\":\"bad key\"}}")));

    Answer answer =
        consultant(2).answer(Question.of("How should we define SLOs for a payment API?"));

    assertEquals(Mode.OFFLINE, answer.mode());
    llm.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
  }

  @Test
  void aProviderThatKeepsFailingIsNoLongerCalledAndAnswersComeAtOnceFromTheKnowledgeBase() {
    llm.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(500)));
    Consultant consultant = consultant(0);
    for (int i = 0; i < 8; i++) {
      consultant.answer(Question.of("error budget " + i));
    }
    int calls = llm.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))).size();

    Answer answer = consultant.answer(Question.of("How should we define SLOs for a payment API?"));

    assertEquals(
        calls,
        llm.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))).size(),
        "the breaker is open");
    assertTrue(calls <= 8);
    assertEquals(Mode.OFFLINE, answer.mode());
    assertTrue(answer.markdown().contains("has been failing"), answer.markdown());
  }

  @Test
  void aRateLimitIsRetriedNoSoonerThanRetryAfterAsks() {
    failOnceThen(rateLimited("Retry-After", "4"), chatAnswer());

    Answer answer =
        consultant(1).answer(Question.of("How should we define SLOs for a payment API?"));

    assertEquals(Mode.LLM, answer.mode(), answer.markdown());
    // Four seconds is longer than any back-off the client would choose on its own after a 429
    // (at most three seconds), so this gap can only come from the header.
    assertTrue(gapBetweenCalls() >= 4_000, "retried after " + gapBetweenCalls() + " ms");
  }

  @Test
  void aStreamedRateLimitHonoursRetryAfterMillisecondsToo() {
    failOnceThen(
        rateLimited("retry-after-ms", "3500"),
        aResponse()
            .withHeader("Content-Type", "text/event-stream")
            .withBody(TestApp.resource("llm/openai-stream.sse")));
    List<String> parts = new ArrayList<>();

    Answer answer =
        consultant(1)
            .answer(Question.of("How should we define SLOs for a payment API?"), parts::add);

    assertEquals(Mode.LLM, answer.mode(), answer.markdown());
    assertEquals(answer.markdown(), String.join("", parts));
    assertTrue(gapBetweenCalls() >= 3_500, "retried after " + gapBetweenCalls() + " ms");
  }

  @Test
  void aLongRetryAfterAnswersAtOnceFromTheKnowledgeBaseAndSaysHowLong() {
    llm.stubFor(post("/v1/chat/completions").willReturn(rateLimited("Retry-After", "120")));
    Consultant consultant = consultant(3);

    Answer first = consultant.answer(Question.of("How should we define SLOs for a payment API?"));
    Answer second = consultant.answer(Question.of("What is an error budget policy?"));

    assertEquals(Mode.OFFLINE, first.mode());
    assertTrue(first.markdown().contains("asked us to wait 120 s"), first.markdown());
    assertEquals(Mode.OFFLINE, second.mode());
    assertTrue(second.markdown().contains("asked us to wait 1"), second.markdown());
    llm.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
  }

  /** Milliseconds between the first and the last call the LLM stand-in received. */
  private static long gapBetweenCalls() {
    List<Long> times =
        llm.getAllServeEvents().stream()
            .map(e -> e.getRequest().getLoggedDate().getTime())
            .sorted()
            .toList();
    assertEquals(2, times.size(), "two calls");
    return times.get(1) - times.get(0);
  }
}
