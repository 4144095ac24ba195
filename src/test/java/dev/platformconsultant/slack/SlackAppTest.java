package dev.platformconsultant.slack;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.platformconsultant.TestApp;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Slack app end to end: signed HTTP requests in, Web API calls out, against stand-ins. */
class SlackAppTest {
  @RegisterExtension
  static WireMockExtension llm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path data;
  private SlackHarness harness;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void start() throws Exception {
    harness = new SlackHarness(data, Map.of());
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  private String mention(String text, String eventId) {
    return SlackHarness.fixture("app_mention.json", Map.of("text", text, "event_id", eventId));
  }

  private JsonNode blocks(Map<String, String> call) throws Exception {
    return json.readTree(call.get("blocks"));
  }

  @Test
  void aBadOrStaleSignatureIsRefused() throws Exception {
    String body = mention("how do we set SLOs?", "Ev0SIG");
    String now = String.valueOf(System.currentTimeMillis() / 1000);
    String stale = String.valueOf(System.currentTimeMillis() / 1000 - 600);

    HttpResponse<String> bad =
        harness.signed(body, "application/json", now, "v0=0123456789abcdef", Map.of());
    HttpResponse<String> old =
        harness.signed(
            body,
            "application/json",
            stale,
            new com.slack.api.app_backend.SlackSignature.Generator(SlackHarness.SECRET)
                .generate(stale, body),
            Map.of());

    assertEquals(401, bad.statusCode());
    assertEquals(401, old.statusCode());
    harness.markerAnswered("C0001", "1764030000.000100");
    assertEquals(1, harness.slack.appCalls(), "nothing but the marker was answered");
  }

  @Test
  void aMentionGetsExactlyOneThreadedAnswerWithSourcesAndFeedbackButtons() throws Exception {
    HttpResponse<String> ack =
        harness.event(mention("How should we define SLOs for a payment API?", "Ev0MENTION"));

    assertEquals(200, ack.statusCode());
    SlackHarness.await(
        "the final answer",
        () ->
            harness.slack.calls("chat.update").stream()
                .anyMatch(c -> c.getOrDefault("blocks", "").contains("feedback_helpful")));
    harness.markerAnswered("C0001", "1764030000.000100");
    List<Map<String, String>> posts = answers(harness.slack.calls("chat.postMessage"));
    assertEquals(1, posts.size(), "one placeholder, answered in place: " + posts);
    assertEquals(
        "1764030000.000100", posts.getFirst().get("thread_ts"), "in the thread of the mention");
    assertEquals("C0001", posts.getFirst().get("channel"));
    Map<String, String> last = harness.slack.calls("chat.update").getLast();
    String blocks = last.get("blocks");
    assertTrue(blocks.contains("Offline mode"), blocks);
    assertTrue(blocks.contains("\"block_id\":\"sources\""), "sources in a context block");
    assertTrue(blocks.contains("slo-error-budgets#"), blocks);
    assertTrue(blocks.contains("feedback_not_helpful"));
  }

  @Test
  void aRetriedEventIsNotAnsweredTwice() throws Exception {
    String body = mention("How should we define SLOs for a payment API?", "Ev0RETRY");

    harness.event(body);
    HttpResponse<String> retry =
        harness.event(
            body, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));

    assertEquals(200, retry.statusCode());
    harness.markerAnswered("C0001", "1764030000.000100");
    assertEquals(1, answers(harness.slack.calls("chat.postMessage")).size());
  }

  @Test
  void botsEditsAndDeletionsAreNeverAnswered() throws Exception {
    harness.event(TestApp.resource("slack/events/message_changed.json"));
    harness.event(TestApp.resource("slack/events/message_deleted.json"));
    harness.event(TestApp.resource("slack/events/bot_message.json"));
    harness.event(
        SlackHarness.fixture(
            "message_im.json",
            Map.of("user", "UBOT", "text", "my own answer", "event_id", "Ev0OWN")));
    harness.event(
        SlackHarness.fixture(
            "message_im.json",
            Map.of(
                "user",
                "U0ALICE",
                "text",
                "hi",
                "event_id",
                "Ev0BOTID",
                "extra",
                ",\"bot_id\":\"B0OTHER\"")));

    // Had any been taken, it would be queued in its own DM thread: a marker in each proves not.
    for (String ts :
        List.of(
            "1764030001.000000", "1764030002.000000", "1764030003.000000", "1764030000.000200")) {
      harness.markerAnswered("D0001", ts);
    }
    assertEquals(4, harness.slack.appCalls(), "the four markers' answers, nothing else");
  }

  @Test
  void aDirectMessageIsAnsweredInItsThread() throws Exception {
    harness.event(
        SlackHarness.fixture(
            "message_im.json",
            Map.of(
                "user",
                "U0ALICE",
                "text",
                "Comment réduire nos coûts Kubernetes ?",
                "event_id",
                "Ev0DM")));

    SlackHarness.await(
        "the answer",
        () ->
            harness.slack.calls("chat.update").stream()
                .anyMatch(c -> c.getOrDefault("blocks", "").contains("feedback_helpful")));
    assertEquals("D0001", harness.slack.calls("chat.postMessage").getFirst().get("channel"));
    assertEquals(
        "1764030000.000200", harness.slack.calls("chat.postMessage").getFirst().get("thread_ts"));
    assertTrue(
        harness.slack.calls("chat.update").getLast().get("blocks").contains("Mode hors ligne"),
        "answered in French");
  }

  @Test
  void anEmptyMentionGetsTheHelp() throws Exception {
    harness.event(mention("", "Ev0EMPTY"));

    SlackHarness.await("the help", () -> !harness.slack.calls("chat.postMessage").isEmpty());
    assertTrue(
        harness
            .slack
            .calls("chat.postMessage")
            .getFirst()
            .get("blocks")
            .contains("external Platform Engineering consultant"));
  }

  @Test
  void aFiftyThousandCharacterMessageGetsAnAnswerNotAnError() throws Exception {
    String huge = "Our checkout service needs an SLO and an error budget policy. ".repeat(820);

    harness.event(mention(huge, "Ev0HUGE"));

    SlackHarness.await(
        "the answer",
        () ->
            harness.slack.calls("chat.update").stream()
                .anyMatch(c -> c.getOrDefault("blocks", "").contains("feedback_helpful")));
    assertTrue(
        harness.slack.calls("chat.update").getLast().get("blocks").contains("slo-error-budgets#"));
  }

  @Test
  void theAssistantPaneGreetsWithSuggestedPromptsAndShowsStatusWhileWorking() throws Exception {
    harness.event(TestApp.resource("slack/events/assistant_thread_started.json"));
    SlackHarness.await(
        "suggested prompts",
        () -> !harness.slack.calls("assistant.threads.setSuggestedPrompts").isEmpty());
    String prompts =
        harness.slack.calls("assistant.threads.setSuggestedPrompts").getFirst().get("prompts");
    assertTrue(prompts.contains("DORA") && prompts.contains("SLO"), prompts);

    harness.event(
        SlackHarness.fixture(
            "assistant_message.json", Map.of("text", "What are the four DORA keys?")));

    SlackHarness.await(
        "the answer",
        () ->
            java.util.stream.Stream.concat(
                    harness.slack.calls("chat.postMessage").stream(),
                    harness.slack.calls("chat.update").stream())
                .anyMatch(c -> c.getOrDefault("blocks", "").contains("feedback_helpful")));
    assertEquals(
        "1764030010.000100", harness.slack.calls("chat.postMessage").getFirst().get("thread_ts"));
    Map<String, String> status = harness.slack.calls("assistant.threads.setStatus").getFirst();
    assertEquals("D0002", status.get("channel_id"));
    assertEquals("1764030010.000100", status.get("thread_ts"));
    assertEquals("is thinking…", status.get("status"));
    assertFalse(
        harness.slack.calls("conversations.replies").isEmpty(), "the thread's history was read");
  }

  @Test
  void consultHelpIsEphemeralAndAQuestionIsAnsweredInTheChannel() throws Exception {
    HttpResponse<String> help = harness.form(harness.slashCommand("/consult", "help", "U0ALICE"));
    assertEquals(200, help.statusCode());
    JsonNode helpBody = json.readTree(help.body());
    assertEquals("ephemeral", helpBody.get("response_type").asText());
    assertTrue(helpBody.toString().contains("/review"));

    HttpResponse<String> asked =
        harness.form(harness.slashCommand("/consult", "What are the DORA metrics?", "U0ALICE"));
    assertEquals(200, asked.statusCode());
    SlackHarness.await(
        "the answer on response_url", () -> !harness.slack.responseUrlCalls().isEmpty());
    JsonNode answer = json.readTree(harness.slack.responseUrlCalls().getFirst().getBodyAsString());
    assertEquals("in_channel", answer.get("response_type").asText());
    assertTrue(
        answer.toString().contains("<@U0ALICE> asked: What are the DORA metrics?"),
        answer.toString());
    assertTrue(answer.toString().contains("dora-metrics#"), answer.toString());
  }

  @Test
  void reviewWithoutTextOpensTheFormAndItsSubmissionIsAnsweredInTheChannel() throws Exception {
    harness.form(harness.slashCommand("/review", "", "U0ALICE"));
    SlackHarness.await("views.open", () -> !harness.slack.calls("views.open").isEmpty());
    JsonNode view = json.readTree(harness.slack.calls("views.open").getFirst().get("view"));
    assertEquals("review_modal", view.get("callback_id").asText());
    assertEquals("C0001", view.get("private_metadata").asText());

    String submission = TestApp.resource("slack/events/view_submission_review.json");
    HttpResponse<String> ack = harness.form(Map.of("payload", submission));

    assertEquals(200, ack.statusCode());
    SlackHarness.await(
        "the review",
        () ->
            harness.slack.calls("chat.update").stream()
                .anyMatch(c -> c.getOrDefault("blocks", "").contains("feedback_helpful")));
    assertTrue(
        harness
            .slack
            .calls("chat.postMessage")
            .getFirst()
            .get("blocks")
            .contains("asked for a design review"));
  }

  @Test
  void adrOpensTheFormWithTheTitle() throws Exception {
    harness.form(harness.slashCommand("/adr", "Use Kafka for order events", "U0ALICE"));

    SlackHarness.await("views.open", () -> !harness.slack.calls("views.open").isEmpty());
    JsonNode view = json.readTree(harness.slack.calls("views.open").getFirst().get("view"));
    assertEquals("adr_modal", view.get("callback_id").asText());
    assertTrue(view.toString().contains("Use Kafka for order events"));
    assertTrue(view.toString().contains("\"block_id\":\"drivers\""));
  }

  @Test
  void aFeedbackVoteIsLoggedWithoutTheMessageText() throws Exception {
    String payload =
        TestApp.resource("slack/events/block_action_helpful.json")
            .replace("{{response_url}}", harness.slack.responseUrl());

    HttpResponse<String> ack = harness.form(Map.of("payload", payload));

    assertEquals(200, ack.statusCode());
    Path log = data.resolve("feedback.jsonl");
    SlackHarness.await("the feedback log", () -> Files.exists(log));
    JsonNode line = json.readTree(Files.readAllLines(log).getFirst());
    assertEquals("q-123", line.get("question_id").asText());
    assertEquals("helpful", line.get("vote").asText());
    assertFalse(line.has("question"));
  }

  @Test
  void aMalformedPayloadGetsAClientErrorAndTheServerKeepsServing() throws Exception {
    HttpResponse<String> bad = harness.post("{not json", "application/json", Map.of());
    assertTrue(bad.statusCode() >= 400 && bad.statusCode() < 500, "status " + bad.statusCode());

    HttpResponse<String> good = harness.event(mention("error budget policy", "Ev0AFTER"));
    assertEquals(200, good.statusCode());
  }

  @Test
  void theAdrFormGivesADraftWithButtonsAFileAndSavingWritesTheLog() throws Exception {
    harness.form(Map.of("payload", TestApp.resource("slack/events/view_submission_adr.json")));

    SlackHarness.await(
        "the draft",
        () ->
            harness.slack.calls("chat.update").stream()
                .anyMatch(c -> c.getOrDefault("blocks", "").contains("adr_save")));
    String blocks = harness.slack.calls("chat.update").getLast().get("blocks");
    assertTrue(
        blocks.contains("Context and Problem Statement") && blocks.contains("Considered Options"),
        blocks);
    assertTrue(blocks.contains("adr_regenerate"));
    SlackHarness.await(
        "the .md file", () -> !harness.slack.calls("files.completeUploadExternal").isEmpty());
    String draftId =
        json.readTree(blocks).findValues("value").stream()
            .map(JsonNode::asText)
            .filter(v -> v.length() == 36)
            .findFirst()
            .orElseThrow();

    String click =
        TestApp.resource("slack/events/block_action_adr_save.json")
            .replace("{{response_url}}", harness.slack.responseUrl())
            .replace("{{action}}", "adr_save")
            .replace("{{draft_id}}", draftId);
    harness.form(Map.of("payload", click));
    harness.form(Map.of("payload", click));

    Path adr = data.resolve("adr/0001-use-kafka-for-order-events.md");
    SlackHarness.await("the saved record", () -> Files.exists(adr));
    SlackHarness.await(
        "two confirmations",
        () ->
            harness.slack.calls("chat.postMessage").stream()
                    .filter(c -> c.getOrDefault("blocks", "").contains("ADR-0001"))
                    .count()
                == 2);
    assertTrue(Files.readString(adr).startsWith("---\nstatus: proposed\n"));
    try (var files = Files.list(data.resolve("adr"))) {
      assertEquals(
          1,
          files.filter(f -> f.toString().endsWith(".md")).count(),
          "saving twice does not duplicate");
    }
  }

  @Test
  void aSharedTextFileIsReadAndABinaryOneIsRefusedWithTheReason() throws Exception {
    harness.slack.file(
        "design.md",
        "## Orders service\nPostgreSQL single-AZ, error budget policy pending."
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    harness.slack.file("diagram.png", new byte[] {(byte) 0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13});
    String files =
        ",\n    \"files\": [{\"id\": \"F1\", \"name\": \"design.md\", \"mimetype\": \"text/markdown\", \"filetype\": \"markdown\", \"size\": 70, \"url_private_download\": \"%s/files/design.md\"},"
                .formatted(harness.slack.baseUrl())
            + " {\"id\": \"F2\", \"name\": \"diagram.png\", \"mimetype\": \"image/png\", \"filetype\": \"png\", \"pretty_type\": \"PNG\", \"size\": 8, \"url_private_download\": \"%s/files/diagram.png\"}]"
                .formatted(harness.slack.baseUrl());

    harness.event(
        SlackHarness.fixture(
            "app_mention.json",
            Map.of(
                "text",
                "what about the error budget here?",
                "event_id",
                "Ev0FILES",
                "thread",
                files)));

    SlackHarness.await(
        "the answer",
        () ->
            harness.slack.calls("chat.update").stream()
                .anyMatch(c -> c.getOrDefault("blocks", "").contains("feedback_helpful")));
    String refusal = harness.slack.calls("chat.postMessage").getFirst().get("blocks");
    assertTrue(refusal.contains("I could not read *diagram.png*: it is a PNG file"), refusal);
    assertTrue(
        harness.slack.calls("chat.update").getLast().get("blocks").contains("slo-error-budgets#"),
        "the file's text was part of the question: "
            + harness.slack.calls("chat.update").getLast().get("blocks"));
  }

  @Test
  void overTheRateLimitTheUserGetsAPoliteEphemeralRefusal(@TempDir Path other) throws Exception {
    try (SlackHarness limited =
        new SlackHarness(other, Map.of("CONSULTANT_RATE_LIMIT_PER_MINUTE", "1"))) {
      limited.event(mention("error budget policy", "Ev0RATE1"));
      limited.event(mention("and the burn rate?", "Ev0RATE2"));

      SlackHarness.await("the refusal", () -> !limited.slack.calls("chat.postEphemeral").isEmpty());
      Map<String, String> refusal = limited.slack.calls("chat.postEphemeral").getFirst();
      assertEquals("U0ALICE", refusal.get("user"));
      assertTrue(refusal.get("blocks").contains("in the last minute"), refusal.toString());
      limited.markerAnswered("C0001", "1764030000.000100");
      assertEquals(
          1,
          limited.slack.calls("chat.update").stream()
              .filter(c -> c.getOrDefault("blocks", "").contains("feedback_helpful"))
              .count(),
          "only the first was answered");
    }
  }

  @Test
  void metricsShowTheCountersMoving() throws Exception {
    harness.event(mention("How should we define SLOs for a payment API?", "Ev0METRICS"));
    SlackHarness.await(
        "the answer",
        () ->
            harness.slack.calls("chat.update").stream()
                .anyMatch(c -> c.getOrDefault("blocks", "").contains("feedback_helpful")));
    harness.awaitIdle(); // the counters move once the answer is shown

    java.net.http.HttpResponse<String> metrics =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(harness.url("/metrics")))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

    assertEquals(200, metrics.statusCode());
    String text = metrics.body();
    assertTrue(
        text.contains(
            "consultant_requests_total{entry=\"slack\",outcome=\"answered\",task=\"answer\"} 1.0"),
        text);
    assertTrue(text.contains("consultant_slack_ack_seconds_count"), "ack latency");
    assertTrue(
        text.contains("consultant_latency_first_feedback_seconds_count"), "first feedback latency");
    assertTrue(text.contains("consultant_retrieval_latency_seconds_count"), "retrieval latency");
  }

  @Test
  void aRateLimitedPostIsRetriedAfterSlacksRetryAfter() throws Exception {
    harness.slack.rateLimitOnce(
        "chat.postMessage", "\"channel\":\"C0001\",\"ts\":\"1764030000.000900\"");

    harness.event(mention("error budget policy", "Ev0RL"));

    SlackHarness.await(
        "the answer",
        () ->
            harness.slack.calls("chat.update").stream()
                .anyMatch(c -> c.getOrDefault("blocks", "").contains("feedback_helpful")));
    assertEquals(2, harness.slack.calls("chat.postMessage").size(), "one 429, one retry");
    assertEquals(
        List.of(java.time.Duration.ofSeconds(1)), harness.waits, "as long as Retry-After asked");
  }

  @Test
  void aMessageSlackRefusesForItsBlocksIsSentAgainAsPlainText() throws Exception {
    harness.slack.refuseBlocks(
        "chat.update", "msg_too_long", "\"channel\":\"C0001\",\"ts\":\"1764030000.000900\"");

    harness.event(mention("error budget policy", "Ev0TOOLONG"));

    SlackHarness.await(
        "the plain-text answer",
        () ->
            harness.slack.calls("chat.update").stream()
                .anyMatch(
                    c ->
                        c.getOrDefault("text", "").contains("Offline mode")
                            && c.getOrDefault("blocks", "[]").equals("[]")));
  }

  /** The calls that are not a marker's answer. */
  private static List<Map<String, String>> answers(List<Map<String, String>> calls) {
    return calls.stream()
        .filter(c -> !c.getOrDefault("blocks", "").contains(SlackHarness.HELP_MARK))
        .toList();
  }
}
