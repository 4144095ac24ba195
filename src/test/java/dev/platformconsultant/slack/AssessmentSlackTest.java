package dev.platformconsultant.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Ticker;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The assessment in Slack, against the Web API stand-in: {@code /consult assess} opens the form,
 * its pages follow each other, a field error stays on the form, a closed form is resumed within 24
 * hours and not after, and the last page posts the summary and uploads the charts and the report
 * with files.getUploadURLExternal and files.completeUploadExternal.
 */
class AssessmentSlackTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> DORA =
      Map.of(
          "change_lead_time", "one_week_to_one_month",
          "deployment_frequency", "weekly_to_monthly",
          "failed_deployment_recovery_time", "less_than_one_day",
          "change_fail_rate", "p20",
          "deployment_rework_rate", "p10");
  private static final Map<String, String> CNCF =
      Map.of(
          "investment", "operational",
          "adoption", "operational",
          "interfaces", "provisional",
          "operations", "provisional",
          "measurement", "scalable");

  @TempDir Path data;

  @Test
  void theFormsPagesLeadToASummaryChartsAndReportInTheChannel() throws Exception {
    try (SlackHarness harness = new SlackHarness(data, Map.of())) {
      harness.form(harness.slashCommand("/consult", "assess Payments", "U0ALICE"));
      JsonNode first = lastOpenedView(harness);
      assertEquals("C0001|0|en", first.path("private_metadata").asText());
      assertTrue(first.toString().contains("\"initial_value\":\"Payments\""), first.toString());
      assertEquals(6, inputs(first), "the team and the five DORA metrics");

      // An empty team name stays on the form, under its field.
      HttpResponse<String> empty = submit(harness, "U0ALICE", "C0001|0|en", withTeam("  ", DORA));
      JsonNode errors = JSON.readTree(empty.body());
      assertEquals("errors", errors.path("response_action").asText());
      assertTrue(errors.path("errors").path("team").asText().contains("team's name"), empty.body());

      // A value no option offers (a forged payload) is refused on its field.
      Map<String, String> forged = new java.util.HashMap<>(withTeam("Payments", DORA));
      forged.put("change_lead_time", "yesterday");
      JsonNode forgedErrors =
          JSON.readTree(submit(harness, "U0ALICE", "C0001|0|en", forged).body());
      assertTrue(forgedErrors.path("errors").has("change_lead_time"), forgedErrors.toString());

      JsonNode page2 =
          JSON.readTree(
              submit(harness, "U0ALICE", "C0001|0|en", withTeam("Payments", DORA)).body());
      assertEquals("update", page2.path("response_action").asText());
      assertEquals("C0001|1|en", page2.path("view").path("private_metadata").asText());
      assertTrue(
          page2.toString().contains("Operational: extrinsic push"),
          "the CNCF levels are described");

      JsonNode page3 = JSON.readTree(submit(harness, "U0ALICE", "C0001|1|en", CNCF).body());
      assertEquals("C0001|2|en", page3.path("view").path("private_metadata").asText());

      HttpResponse<String> last =
          submit(
              harness,
              "U0ALICE",
              "C0001|2|en",
              Map.of("continuous_integration", "agree", "industry", "financial_services"));
      assertEquals(200, last.statusCode());
      assertFalse(last.body().contains("errors"), last.body());

      SlackHarness.await(
          "the files", () -> harness.slack.calls("files.completeUploadExternal").size() == 1);
      String summary =
          harness.slack.calls("chat.update").stream()
              .map(c -> c.getOrDefault("blocks", ""))
              .filter(b -> b.contains("Platform assessment: Payments"))
              .findFirst()
              .orElseThrow(() -> new AssertionError(harness.slack.calls("chat.update").toString()));
      assertTrue(summary.contains("Overall DORA score"), summary);
      assertTrue(summary.contains("What to improve first"), summary);
      assertTrue(summary.contains("Interfaces"), summary);
      assertTrue(summary.contains("Written from the scores without an LLM"), summary);

      List<Map<String, String>> urls = harness.slack.calls("files.getUploadURLExternal");
      assertEquals(
          List.of("radar.png", "dora.png", "trend.png", "assessment-"),
          urls.stream().map(u -> u.get("filename").replaceAll("payments-.*", "")).toList());
      List<String> uploaded = harness.slack.uploadedFiles();
      assertEquals(4, uploaded.size());
      assertTrue(
          uploaded.get(0).contains("PNG") && uploaded.get(0).contains("IHDR"),
          "a PNG is uploaded, not its name");
      assertTrue(uploaded.get(3).contains("## What to improve first"), "the report is uploaded");
      Map<String, String> complete = harness.slack.calls("files.completeUploadExternal").getFirst();
      assertEquals("C0001", complete.get("channel_id"));
      assertEquals("1764030000.000900", complete.get("thread_ts"), "in the summary's thread");

      try (Stream<Path> saved = Files.walk(data.resolve("assessments").resolve("payments"))) {
        assertEquals(
            1, saved.filter(p -> p.getFileName().toString().equals("assessment.json")).count());
      }
    }
  }

  @Test
  void aClosedFormIsResumedWithin24HoursAndForgottenAfter() throws Exception {
    AtomicLong nanos = new AtomicLong();
    Ticker ticker = nanos::get;
    try (SlackHarness harness = new SlackHarness(data, Map.of(), ticker)) {
      harness.form(harness.slashCommand("/consult", "évaluer Paiements", "U0ALICE"));
      assertEquals("C0001|0|fr", lastOpenedView(harness).path("private_metadata").asText());
      submit(harness, "U0ALICE", "C0001|0|fr", withTeam("Paiements", DORA));
      // Closed on page 2 with two aspects chosen.
      harness.form(
          Map.of(
              "payload",
              payload(
                  "view_closed",
                  "U0ALICE",
                  "C0001|1|fr",
                  Map.of("investment", "scalable", "adoption", "operational"))));

      nanos.addAndGet(Duration.ofHours(23).toNanos());
      harness.form(harness.slashCommand("/consult", "évaluer", "U0ALICE"));
      JsonNode resumed = lastOpenedView(harness);
      assertEquals("C0001|1|fr", resumed.path("private_metadata").asText());
      assertTrue(resumed.toString().contains("Reprise de l'évaluation"), resumed.toString());
      assertTrue(
          resumed
              .toString()
              .contains(
                  "\"initial_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\"Évolutif : comme un produit\""),
          "the aspect chosen before is selected again: " + resumed);

      // Someone else in the same channel starts afresh.
      harness.form(harness.slashCommand("/consult", "assess", "U0BOB"));
      assertEquals("C0001|0|en", lastOpenedView(harness).path("private_metadata").asText());

      nanos.addAndGet(Duration.ofHours(2).toNanos());
      harness.form(harness.slashCommand("/consult", "évaluer", "U0ALICE"));
      JsonNode fresh = lastOpenedView(harness);
      assertEquals("C0001|0|fr", fresh.path("private_metadata").asText());
      assertFalse(fresh.toString().contains("Reprise"), "forgotten after 24 hours");
    }
  }

  @Test
  void theHelpOffersTheButtonAndTheButtonOpensTheForm() throws Exception {
    try (SlackHarness harness = new SlackHarness(data, Map.of())) {
      HttpResponse<String> help = harness.form(harness.slashCommand("/consult", "help", "U0ALICE"));
      assertTrue(help.body().contains(AssessmentHandlers.OPEN), help.body());

      harness.form(
          Map.of(
              "payload",
              """
              {"type":"block_actions","team":{"id":"T0001","domain":"kestrel"},
               "user":{"id":"U0ALICE","username":"alice","name":"alice","team_id":"T0001"},
               "api_app_id":"A0001","token":"legacy","trigger_id":"1337.44.abcd",
               "container":{"type":"message","message_ts":"1764030000.000100","channel_id":"C0001","is_ephemeral":true},
               "channel":{"id":"C0001","name":"platform"},
               "actions":[{"action_id":"%s","block_id":"b","type":"button","value":"fr","action_ts":"1764030001.000"}]}
              """
                  .formatted(AssessmentHandlers.OPEN)));
      SlackHarness.await("the form", () -> !harness.slack.calls("views.open").isEmpty());
      assertEquals("C0001|0|fr", lastOpenedView(harness).path("private_metadata").asText());
    }
  }

  @Test
  void someoneOutsideTheAllowListGetsNoForm() throws Exception {
    try (SlackHarness harness =
        new SlackHarness(data, Map.of("CONSULTANT_ALLOWED_USERS", "U0ALICE"))) {
      HttpResponse<String> refused =
          harness.form(harness.slashCommand("/consult", "assess", "U0MALLORY"));
      assertTrue(refused.body().contains("only available to some teams"), refused.body());
      assertTrue(harness.slack.calls("views.open").isEmpty());
      JsonNode submitted =
          JSON.readTree(
              submit(harness, "U0MALLORY", "C0001|0|en", withTeam("Payments", DORA)).body());
      assertEquals("errors", submitted.path("response_action").asText());
    }
  }

  private static Map<String, String> withTeam(String team, Map<String, String> answers) {
    Map<String, String> all = new java.util.LinkedHashMap<>(answers);
    all.put("team", team);
    return all;
  }

  private static HttpResponse<String> submit(
      SlackHarness harness, String user, String metadata, Map<String, String> values)
      throws Exception {
    return harness.form(Map.of("payload", payload("view_submission", user, metadata, values)));
  }

  /** A form's submission or closing as Slack sends it: text for the team, selects otherwise. */
  private static String payload(
      String type, String user, String metadata, Map<String, String> values) {
    ObjectNode root = JSON.createObjectNode();
    root.put("type", type);
    root.putObject("team").put("id", "T0001").put("domain", "kestrel");
    root.putObject("user")
        .put("id", user)
        .put("username", "someone")
        .put("name", "someone")
        .put("team_id", "T0001");
    root.put("api_app_id", "A0001").put("token", "legacy").put("trigger_id", "1337.45.abcd");
    ObjectNode view = root.putObject("view");
    view.put("id", "V0001")
        .put("team_id", "T0001")
        .put("type", "modal")
        .put("callback_id", AssessmentModal.CALLBACK)
        .put("private_metadata", metadata)
        .put("hash", "1764030000.abcd");
    view.putArray("blocks");
    ObjectNode state = view.putObject("state").putObject("values");
    values.forEach(
        (field, value) -> {
          if (field.equals("team")) {
            state
                .putObject(field)
                .putObject("value")
                .put("type", "plain_text_input")
                .put("value", value);
          } else {
            ObjectNode choice = state.putObject(field).putObject("choice");
            choice.put("type", "static_select");
            choice
                .putObject("selected_option")
                .put("value", value)
                .putObject("text")
                .put("type", "plain_text")
                .put("text", value);
          }
        });
    root.putArray("response_urls");
    root.put("is_enterprise_install", false);
    return root.toString();
  }

  private static JsonNode lastOpenedView(SlackHarness harness) throws Exception {
    List<Map<String, String>> calls = harness.slack.calls("views.open");
    assertFalse(calls.isEmpty(), "views.open was called");
    return JSON.readTree(calls.getLast().get("view"));
  }

  private static int inputs(JsonNode view) {
    int n = 0;
    for (JsonNode block : view.path("blocks")) {
      if (block.path("type").asText().equals("input")) {
        n++;
      }
    }
    return n;
  }
}
