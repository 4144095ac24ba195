package dev.platformconsultant.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.platformconsultant.TestApp;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 mentions while the LLM fails in every way (500, 429, time-out, malformed body, connection
 * reset) or answers: every one of them gets exactly one final reply.
 */
class EveryRequestIsAnsweredTest {
  @RegisterExtension
  static WireMockExtension llm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void twoHundredMentionsGetTwoHundredReplies(@TempDir Path data) throws Exception {
    llm.stubFor(
        post("/v1/chat/completions")
            .withRequestBody(containing("case 0"))
            .willReturn(aResponse().withStatus(500)));
    llm.stubFor(
        post("/v1/chat/completions")
            .withRequestBody(containing("case 1"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
    llm.stubFor(
        post("/v1/chat/completions")
            .withRequestBody(containing("case 2"))
            .willReturn(aResponse().withStatus(200).withFixedDelay(1500).withBody("{}")));
    llm.stubFor(
        post("/v1/chat/completions")
            .withRequestBody(containing("case 3"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/event-stream")
                    .withBody("data: {not json\n\n")));
    llm.stubFor(
        post("/v1/chat/completions")
            .withRequestBody(containing("case 4"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    llm.stubFor(
        post("/v1/chat/completions")
            .withRequestBody(containing("case 5"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/event-stream")
                    .withBody(TestApp.resource("llm/openai-stream.sse"))));
    Map<String, String> env = TestApp.llmEnv("openai", llm.baseUrl() + "/v1");
    env.put("LLM_TIMEOUT_SECONDS", "1");
    env.put("CONSULTANT_RATE_LIMIT_PER_MINUTE", "1000");
    try (SlackHarness harness = new SlackHarness(data, env)) {
      for (int i = 0; i < 200; i++) {
        String ts = "1764031%03d.000100".formatted(i);
        String event =
            SlackHarness.fixture(
                    "app_mention.json",
                    Map.of(
                        "text", "error budget policy, case " + (i % 6), "event_id", "Ev0LOAD" + i))
                .replace("1764030000.000100", ts);
        assertEquals(200, harness.event(event).statusCode());
      }

      long deadline = System.nanoTime() + 120_000_000_000L;
      while (finals(harness) < 200 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      harness.awaitIdle();
      assertEquals(200, finals(harness), "one final reply per mention");
      assertEquals(
          200,
          harness.slack.calls("chat.postMessage").size(),
          "one placeholder per mention, no duplicate");
    }
  }

  private static long finals(SlackHarness harness) {
    return harness.slack.calls("chat.update").stream()
        .filter(
            c ->
                c.getOrDefault("blocks", "").contains("feedback_helpful")
                    || c.getOrDefault("blocks", "").contains("could not answer"))
        .count();
  }
}
