package dev.platformconsultant.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platformconsultant.TestApp;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entries besides mentions and DMs, end to end: message shortcuts, the ADR draft's buttons,
 * {@code /consult usage}, and the same access, rate and size checks on every one of them.
 */
class SlackEntriesTest {
  private static final String ARGO_THREAD = "1764029000.000100";
  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path data;

  private String shortcut(
      SlackHarness harness, String callbackId, String user, String text, String ts) {
    return SlackHarness.fixture(
        "message_shortcut.json",
        Map.of(
            "callback_id", callbackId,
            "user", user,
            "text", text,
            "ts", ts,
            "response_url", harness.slack.responseUrl()));
  }

  private static boolean finalIn(SlackHarness harness, String marker) {
    return harness.slack.calls("chat.update").stream()
        .anyMatch(c -> c.getOrDefault("blocks", "").contains(marker));
  }

  @Test
  void theReviewShortcutReviewsTheMessageInItsThread() throws Exception {
    try (SlackHarness harness = new SlackHarness(data, Map.of())) {
      String design =
          "Checkout service: PostgreSQL RDS single-AZ, automated backups disabled, deployed by hand"
              + " with helm upgrade from a laptop, no rollback plan.";

      HttpResponse<String> ack =
          harness.form(
              Map.of(
                  "payload",
                  shortcut(harness, "review_design", "U0ALICE", design, "1764030100.000100")));

      assertEquals(200, ack.statusCode());
      SlackHarness.await("the review", () -> finalIn(harness, "feedback_helpful"));
      Map<String, String> placeholder = harness.slack.calls("chat.postMessage").getFirst();
      assertEquals("1764030100.000100", placeholder.get("thread_ts"), "in the message's thread");
      assertTrue(
          placeholder.get("blocks").contains("Reviewing the design"), placeholder.toString());
      String review = harness.slack.calls("chat.update").getLast().get("blocks");
      assertTrue(review.contains("Design review") && review.contains("Findings"), review);
    }
  }

  @Test
  void theReviewShortcutOnAMessageWithoutTextSaysSo() throws Exception {
    try (SlackHarness harness = new SlackHarness(data, Map.of())) {
      harness.form(
          Map.of(
              "payload", shortcut(harness, "review_design", "U0ALICE", "", "1764030100.000200")));

      harness.markerAnswered("C0001", "1764030100.000200");
      List<Map<String, String>> posts = harness.slack.calls("chat.postMessage");
      assertTrue(
          posts
              .getFirst()
              .get("blocks")
              .contains("There is no text in that message for me to review"),
          posts.toString());
      assertTrue(harness.slack.calls("chat.update").isEmpty(), "no review was attempted");
    }
  }

  @Test
  void theAdrShortcutDraftsFromTheWholeThreadReadOnce() throws Exception {
    try (SlackHarness harness = new SlackHarness(data, Map.of())) {
      harness.slack.replies(TestApp.resource("slack/events/thread_replies.json"));

      harness.form(
          Map.of(
              "payload",
              shortcut(
                  harness,
                  "draft_adr",
                  "U0ALICE",
                  "Should we use Argo CD or Flux to deploy staging?",
                  ARGO_THREAD)));

      SlackHarness.await("the draft", () -> finalIn(harness, "adr_save"));
      SlackHarness.await(
          "the .md file", () -> !harness.slack.calls("files.completeUploadExternal").isEmpty());
      assertEquals(1, harness.slack.calls("conversations.replies").size(), "the thread read once");
      String draft = harness.slack.calls("chat.update").getLast().get("blocks");
      assertTrue(draft.contains("Should we use Argo CD or Flux to deploy staging?"), draft);
      String file = harness.slack.uploadedFiles().getFirst();
      assertTrue(
          file.contains("title: Should we use Argo CD or Flux to deploy staging?")
              || file.contains("# Should we use Argo CD or Flux to deploy staging?"),
          file);
      assertTrue(file.contains("<@U0BOB>"), "who started the thread decides: " + file);
      assertTrue(file.contains("<@U0CAROL>") && file.contains("<@U0ALICE>"), "consulted: " + file);
      assertTrue(
          file.contains("https://slack.com/archives/C0001/p1764029000000100"),
          "links back to the thread: " + file);
    }
  }

  @Test
  void regenerateDraftsAgainInTheSameThreadAndAnOldButtonSaysItIsTooOld() throws Exception {
    try (SlackHarness harness = new SlackHarness(data, Map.of())) {
      harness.form(Map.of("payload", TestApp.resource("slack/events/view_submission_adr.json")));
      SlackHarness.await("the draft", () -> finalIn(harness, "adr_regenerate"));
      String draftId = draftId(harness.slack.calls("chat.update").getLast().get("blocks"));

      harness.form(Map.of("payload", button(harness, "adr_regenerate", "U0ALICE", draftId)));

      SlackHarness.await(
          "the second draft",
          () ->
              harness.slack.calls("chat.update").stream()
                      .filter(c -> c.getOrDefault("blocks", "").contains("adr_regenerate"))
                      .count()
                  == 2);
      List<Map<String, String>> placeholders =
          harness.slack.calls("chat.postMessage").stream()
              .filter(c -> c.getOrDefault("blocks", "").contains("Drafting the ADR"))
              .toList();
      assertEquals(2, placeholders.size(), placeholders.toString());
      assertEquals(
          placeholders.get(0).get("thread_ts"),
          placeholders.get(1).get("thread_ts"),
          "regenerated in the same thread");

      harness.form(Map.of("payload", button(harness, "adr_regenerate", "U0ALICE", "gone")));
      SlackHarness.await(
          "the ephemeral answer",
          () ->
              harness.slack.responseUrlCalls().stream()
                  .anyMatch(r -> r.getBodyAsString().contains("too old to regenerate")));
    }
  }

  @Test
  void consultUsageShowsTheAdminsTheTableAndOthersWhyNot() throws Exception {
    try (SlackHarness harness = new SlackHarness(data, Map.of("CONSULTANT_ADMINS", "U0ALICE"))) {
      harness.event(
          SlackHarness.fixture(
              "app_mention.json", Map.of("text", "error budget policy", "event_id", "Ev0USE")));
      SlackHarness.await("the answer", () -> finalIn(harness, "feedback_helpful"));
      harness.awaitIdle();

      JsonNode admin =
          json.readTree(harness.form(harness.slashCommand("/consult", "usage", "U0ALICE")).body());
      JsonNode other =
          json.readTree(harness.form(harness.slashCommand("/consult", "usage", "U0BOB")).body());

      assertEquals("ephemeral", admin.get("response_type").asText());
      assertTrue(admin.toString().contains("C0001"), "a line for the channel: " + admin);
      assertTrue(admin.toString().contains("requests"), admin.toString());
      assertEquals("ephemeral", other.get("response_type").asText());
      assertTrue(other.toString().contains("for the admins"), other.toString());
      assertFalse(other.toString().contains("C0001"), other.toString());
    }
  }

  @Test
  void aSlashCommandGetsTheSameRedactionNoticeMetricsAndUsageAsAMention() throws Exception {
    try (SlackHarness harness = new SlackHarness(data, Map.of())) {
      harness.form(
          harness.slashCommand(
              "/consult",
              "our CI leaks GITHUB_TOKEN=ghp_fM2oeq3hDavJA76rNicHTp8hkqdlm7tOtHWn what now?",
              "U0ALICE"));

      SlackHarness.await(
          "the answer on response_url", () -> !harness.slack.responseUrlCalls().isEmpty());
      harness.awaitIdle();
      String answer = harness.slack.responseUrlCalls().getFirst().getBodyAsString();
      assertTrue(answer.contains(":lock:"), "the redaction notice: " + answer);
      assertFalse(answer.contains("ghp_fM2oeq3h"), answer);
      assertTrue(Files.readString(data.resolve("usage.jsonl")).contains("\"channel\":\"C0001\""));
      String metrics = harness.get("/metrics").body();
      assertTrue(
          metrics.contains("consultant_slack_entries_total{entry=\"slash_command\"} 1.0"), metrics);
      assertTrue(metrics.contains("consultant_redactions_total"), metrics);
    }
  }

  @Test
  void someoneOutsideTheAllowListCanUseNoShortcutFormOrButton() throws Exception {
    try (SlackHarness harness =
        new SlackHarness(data, Map.of("CONSULTANT_ALLOWED_USERS", "U0ALICE"))) {
      harness.form(Map.of("payload", TestApp.resource("slack/events/view_submission_adr.json")));
      SlackHarness.await("Alice's draft", () -> finalIn(harness, "adr_save"));
      String draftId = draftId(harness.slack.calls("chat.update").getLast().get("blocks"));

      harness.form(
          Map.of(
              "payload",
              shortcut(harness, "review_design", "U0MALLORY", "a design", "1764030100.000300")));
      harness.form(
          Map.of(
              "payload",
              shortcut(harness, "draft_adr", "U0MALLORY", "a decision", "1764030100.000400")));
      HttpResponse<String> review =
          harness.form(
              Map.of(
                  "payload",
                  TestApp.resource("slack/events/view_submission_review.json")
                      .replace("\"id\": \"U0ALICE\"", "\"id\": \"U0MALLORY\"")));
      HttpResponse<String> adrForm =
          harness.form(harness.slashCommand("/adr", "Use Kafka", "U0MALLORY"));
      HttpResponse<String> reviewForm =
          harness.form(harness.slashCommand("/review", "", "U0MALLORY"));
      harness.form(Map.of("payload", button(harness, "adr_save", "U0MALLORY", draftId)));

      assertTrue(review.body().contains("\"response_action\":\"errors\""), review.body());
      assertTrue(review.body().contains("only available to some teams"), review.body());
      assertTrue(adrForm.body().contains("only available to some teams"), adrForm.body());
      assertTrue(reviewForm.body().contains("only available to some teams"), reviewForm.body());
      SlackHarness.await(
          "two ephemeral refusals for the shortcuts",
          () -> harness.slack.calls("chat.postEphemeral").size() == 2);
      SlackHarness.await(
          "the refused save",
          () ->
              harness.slack.responseUrlCalls().stream()
                  .anyMatch(r -> r.getBodyAsString().contains("only available to some teams")));
      harness.markerAnswered("C0001", "1764030100.000300", "U0ALICE");
      harness.markerAnswered("C0001", "1764030100.000400", "U0ALICE");
      assertTrue(harness.slack.calls("views.open").isEmpty(), "no form opened");
      assertFalse(Files.exists(data.resolve("adr")), "nothing saved");
      assertEquals(
          1,
          harness.slack.calls("chat.update").stream()
              .filter(c -> c.getOrDefault("blocks", "").contains("adr_save"))
              .count(),
          "only Alice's draft");
    }
  }

  @Test
  void aFormPastTheRateOrSizeLimitKeepsItsTextAndSaysWhy() throws Exception {
    try (SlackHarness harness =
        new SlackHarness(
            data,
            Map.of("CONSULTANT_RATE_LIMIT_PER_MINUTE", "2", "CONSULTANT_MAX_INPUT_CHARS", "200"))) {
      String submission = TestApp.resource("slack/events/view_submission_review.json");
      String tooLong =
          submission.replace(
              "Orders service on EKS in one AZ,", "Orders service on EKS in one AZ, ".repeat(10));

      HttpResponse<String> big = harness.form(Map.of("payload", tooLong));
      List<HttpResponse<String>> acks =
          List.of(
              harness.form(Map.of("payload", submission)),
              harness.form(Map.of("payload", submission)),
              harness.form(Map.of("payload", submission)));

      assertTrue(big.body().contains("\"response_action\":\"errors\""), big.body());
      assertTrue(big.body().contains("I read up to 200"), big.body());
      assertFalse(acks.get(0).body().contains("errors"), acks.get(0).body());
      assertFalse(acks.get(1).body().contains("errors"), acks.get(1).body());
      assertTrue(acks.get(2).body().contains("in the last minute"), acks.get(2).body());
      SlackHarness.await(
          "two reviews",
          () ->
              harness.slack.calls("chat.update").stream()
                      .filter(c -> c.getOrDefault("blocks", "").contains("feedback_helpful"))
                      .count()
                  == 2);
    }
  }

  private static String draftId(String blocks) throws Exception {
    return new ObjectMapper()
        .readTree(blocks).findValues("value").stream()
            .map(JsonNode::asText)
            .filter(v -> v.length() == 36)
            .findFirst()
            .orElseThrow();
  }

  private static String button(SlackHarness harness, String action, String user, String draftId) {
    return TestApp.resource("slack/events/block_action_adr_save.json")
        .replace("{{response_url}}", harness.slack.responseUrl())
        .replace("{{action}}", action)
        .replace("{{draft_id}}", draftId)
        .replace("\"id\": \"U0BOB\"", "\"id\": \"" + user + "\"");
  }
}
