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
import dev.platformconsultant.app.Services;
import dev.platformconsultant.config.Settings;
import dev.platformconsultant.consultant.Answer;
import dev.platformconsultant.consultant.Consultant;
import dev.platformconsultant.consultant.OfflineAnswerWriter;
import dev.platformconsultant.knowledge.TextRelevance;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.Mode;
import dev.platformconsultant.model.PromptBuilder;
import dev.platformconsultant.model.PromptLibrary;
import dev.platformconsultant.model.Question;
import dev.platformconsultant.text.LanguageDetector;
import dev.platformconsultant.text.TokenCounter;
import dev.platformconsultant.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

  /** The time the LLM's retries read and wait in; it moves only when they wait. */
  private final FakeTime time = new FakeTime();

  /**
   * The app as {@code Main} wires it, except that the LLM waits in {@link #time}: a wait the
   * provider asks for is recorded, not spent.
   */
  private Consultant consultant(int retries) {
    Map<String, String> env = TestApp.llmEnv("openai", llm.baseUrl() + "/v1");
    env.put("LLM_MAX_RETRIES", String.valueOf(retries));
    Services app = TestApp.wire(env);
    Settings settings = app.settings();
    TokenCounter tokens = new TokenCounter();
    return new Consultant(
        app.knowledge(),
        new PromptBuilder(
            PromptLibrary.load(settings.promptsDir(), settings.projectContext()),
            tokens,
            settings.promptTokenBudget()),
        LanguageModels.create(settings.llm(), time, time).map(LanguageModel.class::cast),
        new OfflineAnswerWriter(new TextRelevance(), app.knowledge()),
        new LanguageDetector(),
        tokens,
        Clock.systemUTC());
  }

  /**
   * A clock that moves only when the code under test sleeps. Each sleep is recorded with the number
   * of calls the LLM stand-in had received when it began, so a test can tell which calls it came
   * between.
   */
  private static final class FakeTime extends Clock implements Sleeper {
    record Wait(Duration length, int callsBefore) {}

    private final List<Wait> waits = new ArrayList<>();
    private Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Override
    public synchronized void sleep(Duration length) {
      waits.add(new Wait(length, llm.getAllServeEvents().size()));
      now = now.plus(length);
    }

    synchronized List<Wait> waits() {
      return List.copyOf(waits);
    }

    @Override
    public synchronized Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("a fake clock stays in UTC");
    }
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
    FakeTime.Wait backoff = onlyWait();
    assertEquals(1, backoff.callsBefore(), "the back-off came between the two calls");
    // The first back-off is 500 ms with 50% jitter.
    assertTrue(
        backoff.length().compareTo(Duration.ofMillis(250)) >= 0
            && backoff.length().compareTo(Duration.ofMillis(750)) <= 0,
        "backed off " + backoff.length());
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
    assertEquals(List.of(), time.waits(), "nothing waited for a retry that never came");
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
    llm.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    FakeTime.Wait wait = onlyWait();
    assertEquals(1, wait.callsBefore(), "the wait came between the two calls");
    // Four seconds is longer than any back-off the client would choose on its own after a 429
    // (at most three seconds), so this wait can only come from the header.
    assertTrue(
        wait.length().compareTo(Duration.ofSeconds(4)) >= 0, "retried after " + wait.length());
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
    llm.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    FakeTime.Wait wait = onlyWait();
    assertEquals(1, wait.callsBefore(), "the wait came between the two calls");
    assertTrue(
        wait.length().compareTo(Duration.ofMillis(3_500)) >= 0, "retried after " + wait.length());
  }

  @Test
  void aQuestionAskedDuringAShortPauseWaitsForItBeforeCalling() {
    failOnceThen(rateLimited("Retry-After", "4"), chatAnswer());
    Consultant consultant = consultant(0);

    Answer first = consultant.answer(Question.of("How should we define SLOs for a payment API?"));
    Answer second = consultant.answer(Question.of("What is an error budget policy?"));

    assertEquals(Mode.OFFLINE, first.mode(), "no retry was allowed");
    assertEquals(Mode.LLM, second.mode(), second.markdown());
    FakeTime.Wait wait = onlyWait();
    assertEquals(1, wait.callsBefore(), "the second question waited before its call");
    assertEquals(Duration.ofSeconds(4), wait.length(), "as long as the provider asked");
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
    assertEquals(List.of(), time.waits(), "both answers came at once");
  }

  @Test
  void theAppAsWiredForProductionWaitsInRealTime() {
    failOnceThen(rateLimited("retry-after-ms", "300"), chatAnswer());
    Map<String, String> env = TestApp.llmEnv("openai", llm.baseUrl() + "/v1");
    env.put("LLM_MAX_RETRIES", "1");

    Answer answer =
        TestApp.wire(env).consultant().answer(Question.of("What is an error budget policy?"));

    assertEquals(Mode.LLM, answer.mode(), answer.markdown());
    List<Long> times =
        llm.getAllServeEvents().stream()
            .map(e -> e.getRequest().getLoggedDate().getTime())
            .sorted()
            .toList();
    assertEquals(2, times.size(), "two calls");
    long gap = times.get(1) - times.get(0);
    assertTrue(gap >= 300, "retried after " + gap + " ms");
  }

  /** The one wait the LLM made. */
  private FakeTime.Wait onlyWait() {
    List<FakeTime.Wait> waits = time.waits();
    assertEquals(1, waits.size(), "one wait: " + waits);
    return waits.getFirst();
  }
}
