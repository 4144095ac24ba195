package dev.platformconsultant.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.platformconsultant.Main;
import dev.platformconsultant.TestApp;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as its own process, stopped with a real SIGTERM while answers are in flight: it
 * stops taking events, lets the answers finish within the grace period, tells the threads it could
 * not finish, and exits.
 */
class GracefulShutdownTest {
  @RegisterExtension
  static WireMockExtension llm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final SlackStandIn slack = new SlackStandIn();
  private final HttpClient http = HttpClient.newHttpClient();
  private Process process;
  private int port;
  private Path data;

  @AfterEach
  void stop() {
    if (process != null) {
      process.destroyForcibly();
    }
    slack.close();
  }

  @Test
  void anAnswerInFlightIsFinishedNewEventsAreRefusedAndTheProcessExits(@TempDir Path data)
      throws Exception {
    llm.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/event-stream")
                    .withBody(TestApp.resource("llm/openai-stream.sse"))
                    .withFixedDelay(2_500)
                    .withChunkedDribbleDelay(4, 1_000)));
    start(data, 20);

    assertEquals(200, mention("Ev0DRAIN1", "How should we define SLOs for a payment API?"));
    await("the LLM call", () -> llmCalls() == 1, 10);
    process.destroy(); // SIGTERM

    await("the port to close", () -> !healthy(), 5);
    assertTrue(process.isAlive(), "still finishing the answer after it stopped taking events");
    assertThrows(ConnectException.class, () -> mention("Ev0LATE", "one more question"));

    assertTrue(process.waitFor(20, TimeUnit.SECONDS), "exited within the grace period");
    String finalBlocks = slack.calls("chat.update").getLast().get("blocks");
    assertTrue(finalBlocks.contains("then agree an error budget policy [2]."), finalBlocks);
    assertTrue(finalBlocks.contains("feedback_helpful"), "the complete answer, with its buttons");
    assertFalse(slackText().contains("restarted"), slackText());
    assertTrue(log().contains("stopping: no new work"), log());
  }

  @Test
  void pastTheGracePeriodEveryThreadIsToldAndNothingIsLeftThinking(@TempDir Path data)
      throws Exception {
    llm.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/event-stream")
                    .withBody(TestApp.resource("llm/openai-stream.sse"))
                    .withFixedDelay(20_000)));
    start(data, 1);

    assertEquals(200, mention("Ev0SLOW1", "How should we define SLOs for a payment API?"));
    await("the LLM call", () -> llmCalls() == 1, 10);
    // The same thread: queued behind the first answer, not started when the process stops.
    assertEquals(200, mention("Ev0SLOW2", "And what about error budgets?"));
    process.destroy();

    assertTrue(process.waitFor(15, TimeUnit.SECONDS), "exited soon after the grace period");
    String updated = slack.calls("chat.update").getLast().get("text");
    assertTrue(
        updated.contains("restarted before I could finish this answer"),
        "the placeholder says the answer was cut short: " + updated);
    assertTrue(
        slack.calls("chat.postMessage").stream()
            .anyMatch(
                c -> c.getOrDefault("text", "").contains("before I could get to this message")),
        "the queued question is told to ask again: " + slackText());
    assertTrue(log().contains("1 answers cut short, 1 requests not started"), log());
  }

  private void start(Path data, int graceSeconds) throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            // The launcher's fast-start options: the child is started twice per test class.
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xshare:auto",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "serve");
    Map<String, String> env = builder.environment();
    env.keySet()
        .removeIf(
            k -> k.startsWith("SLACK_") || k.startsWith("LLM_") || k.startsWith("CONSULTANT_"));
    env.putAll(TestApp.llmEnv("openai", llm.baseUrl() + "/v1"));
    env.put("LLM_TIMEOUT_SECONDS", "60");
    env.put("SLACK_MODE", "http");
    env.put("SLACK_BOT_TOKEN", "xoxb-0000-test");
    env.put("SLACK_SIGNING_SECRET", SlackHarness.SECRET);
    env.put("SLACK_API_URL", slack.baseUrl());
    env.put("PORT", String.valueOf(port));
    env.put("CONSULTANT_DATA_DIR", data.toString());
    env.put("CONSULTANT_SHUTDOWN_GRACE_SECONDS", String.valueOf(graceSeconds));
    env.put("CONSULTANT_LOG_LEVEL", "INFO");
    process =
        builder
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("serve.log").toFile())
            .start();
    this.data = data;
    await("the app to be ready", this::healthy, 60);
  }

  private String log() throws IOException {
    return Files.readString(data.resolve("serve.log"));
  }

  private String slackText() {
    return slack.calls("chat.postMessage") + " " + slack.calls("chat.update");
  }

  private int llmCalls() {
    return llm.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))).size();
  }

  private boolean healthy() {
    try {
      return http.send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                      .timeout(Duration.ofSeconds(2))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private int mention(String eventId, String text) throws Exception {
    String body =
        SlackHarness.fixture("app_mention.json", Map.of("text", text, "event_id", eventId));
    return http.send(
            SlackHarness.signedPost(
                    URI.create("http://127.0.0.1:" + port + "/slack/events"),
                    body,
                    "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  /** {@link SlackHarness#await}, with the server's log in the failure: it is another process. */
  private void await(String what, BooleanSupplier condition, int seconds) throws Exception {
    try {
      SlackHarness.await(what, Duration.ofSeconds(seconds), condition);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "\n" + log(), e);
    }
  }
}
