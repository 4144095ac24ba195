package dev.platformconsultant.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.platformconsultant.TestApp;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Slack app with an LLM stand-in speaking OpenAI's streaming format. */
class SlackWithLlmTest {
  @RegisterExtension
  static WireMockExtension llm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aMentionInAThreadSendsTheThreadToTheLlmAndStreamsTheAnswerIntoTheReply(@TempDir Path data)
      throws Exception {
    llm.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/event-stream")
                    .withBody(TestApp.resource("llm/openai-stream.sse"))));
    Map<String, String> env = TestApp.llmEnv("openai", llm.baseUrl() + "/v1");
    try (SlackHarness harness = new SlackHarness(data, env)) {
      harness.slack.replies(TestApp.resource("slack/events/thread_replies.json"));

      harness.event(
          SlackHarness.fixture(
              "app_mention.json",
              Map.of(
                  "text", "what do you think of the option above?",
                  "event_id", "Ev0THREAD",
                  "thread", ",\n    \"thread_ts\": \"1764029000.000100\"")));

      SlackHarness.await(
          "the final answer",
          () ->
              harness.slack.calls("chat.update").stream()
                  .anyMatch(c -> c.getOrDefault("blocks", "").contains("feedback_helpful")));
      assertEquals(
          "1764029000.000100",
          harness.slack.calls("chat.postMessage").getFirst().get("thread_ts"),
          "answered in the existing thread");
      assertEquals(
          "1764029000.000100", harness.slack.calls("conversations.replies").getFirst().get("ts"));

      JsonNode messages =
          json.readTree(llm.getAllServeEvents().getFirst().getRequest().getBodyAsString())
              .get("messages");
      String sent = messages.toString();
      assertTrue(
          sent.contains("Should we use Argo CD or Flux to deploy staging?"),
          "the thread's question reached the LLM");
      assertTrue(
          sent.contains("Argo CD gives you a UI"),
          "the bot's own earlier answer is part of the history");
      assertEquals("assistant", messages.get(2).get("role").asText(), "…as the assistant's turn");
      assertEquals(
          "what do you think of the option above?",
          messages.get(messages.size() - 1).get("content").asText());

      String finalBlocks = harness.slack.calls("chat.update").getLast().get("blocks");
      assertTrue(finalBlocks.contains("then agree an error budget policy [2]."), finalBlocks);
    }
  }

  @Test
  void aSecretInAMentionNeverReachesTheLlmAndTheUserIsTold(@TempDir Path data) throws Exception {
    llm.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/event-stream")
                    .withBody(TestApp.resource("llm/openai-stream.sse"))));
    try (SlackHarness harness =
        new SlackHarness(data, TestApp.llmEnv("openai", llm.baseUrl() + "/v1"))) {
      harness.event(
          SlackHarness.fixture(
              "app_mention.json",
              Map.of(
                  "text",
                  "why does our deploy fail? DATABASE_URL=postgres://orders:S3cr3t-Orders-2026!@db:5432/orders",
                  "event_id",
                  "Ev0SECRET")));

      SlackHarness.await(
          "the final answer",
          () ->
              harness.slack.calls("chat.update").stream()
                  .anyMatch(c -> c.getOrDefault("blocks", "").contains("feedback_helpful")));
      String sent = llm.getAllServeEvents().getFirst().getRequest().getBodyAsString();
      assertTrue(
          !sent.contains("S3cr3t-Orders-2026!") && sent.contains("[REDACTED:password-in-url]"),
          sent);
      assertTrue(
          harness
              .slack
              .calls("chat.postMessage")
              .getFirst()
              .get("blocks")
              .contains("1 secret was redacted before processing (password-in-url)"));
    }
  }
}
