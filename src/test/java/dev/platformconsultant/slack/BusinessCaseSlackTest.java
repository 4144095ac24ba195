package dev.platformconsultant.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The business case form in Slack, against the Web API stand-in: {@code /consult business-case}
 * opens it, a negative cost or a discount rate out of range stays on the form under its field, and
 * a valid submission posts the summary and uploads the chart and the documents.
 */
class BusinessCaseSlackTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path data;

  @Test
  void theFormChecksItsFieldsThenPostsTheBusinessCase() throws Exception {
    try (SlackHarness harness = new SlackHarness(data, Map.of())) {
      harness.form(harness.slashCommand("/consult", "business-case", "U0ALICE"));
      JsonNode form = JSON.readTree(harness.slack.calls("views.open").getLast().get("view"));
      assertEquals("C0001|en", form.path("private_metadata").asText());
      assertTrue(form.toString().contains("\"block_id\":\"discount_rate\""), form.toString());

      Map<String, String> values = valid();
      values.put("costs.tooling_per_year", "-60000");
      values.put("discount_rate", "0.9");
      JsonNode errors = JSON.readTree(submit(harness, values).body());
      assertEquals("errors", errors.path("response_action").asText());
      assertTrue(
          errors.path("errors").path("costs.tooling_per_year").asText().contains("negative"),
          errors.toString());
      assertTrue(
          errors.path("errors").path("discount_rate").asText().contains("0 to 0.5"),
          errors.toString());
      try (Stream<Path> saved = Files.walk(data)) {
        assertFalse(saved.anyMatch(p -> p.toString().contains("business-case")), "nothing saved");
      }

      HttpResponse<String> ok = submit(harness, valid());
      assertFalse(ok.body().contains("errors"), ok.body());
      SlackHarness.await(
          "the files", () -> harness.slack.calls("files.completeUploadExternal").size() == 1);
      String summary =
          harness.slack.calls("chat.update").stream()
              .map(c -> c.getOrDefault("blocks", ""))
              .filter(b -> b.contains("Business case: Example Retail"))
              .findFirst()
              .orElseThrow();
      assertTrue(summary.contains("Simple payback:"), summary);
      assertTrue(summary.contains("€540,000"), "the first-year cost: " + summary);
      assertEquals(
          List.of("cumulative.png", "business-case.pdf", "business-case.md"),
          harness.slack.calls("files.getUploadURLExternal").stream()
              .map(c -> c.get("filename"))
              .toList());
    }
  }

  /** The knowledge base's worked example, as typed in the form. */
  private static Map<String, String> valid() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("organisation", "Example Retail");
    v.put("currency", "EUR");
    v.put("discount_rate", "8%");
    v.put("ramp_up_months", "0");
    v.put("costs.platform_engineers", "4");
    v.put("costs.engineer_monthly_cost", "10,000");
    v.put("costs.tooling_per_year", "60000");
    v.put("costs.platform_cloud_per_year", "0");
    v.put("costs.migration.product_teams", "0");
    v.put("costs.migration.person_days_per_team", "0");
    v.put("costs.migration.daily_cost", "0");
    v.put("benefits.developers", "120");
    v.put("benefits.hours_saved_per_developer_per_week", "2");
    v.put("benefits.working_weeks_per_year", "48");
    v.put("benefits.hourly_cost", "80");
    return v;
  }

  private static HttpResponse<String> submit(SlackHarness harness, Map<String, String> values)
      throws Exception {
    ObjectNode root = JSON.createObjectNode();
    root.put("type", "view_submission");
    root.putObject("team").put("id", "T0001").put("domain", "kestrel");
    root.putObject("user")
        .put("id", "U0ALICE")
        .put("username", "alice")
        .put("name", "alice")
        .put("team_id", "T0001");
    root.put("api_app_id", "A0001").put("token", "legacy").put("trigger_id", "1337.47.abcd");
    ObjectNode view = root.putObject("view");
    view.put("id", "V0001")
        .put("team_id", "T0001")
        .put("type", "modal")
        .put("callback_id", BusinessCaseModal.CALLBACK)
        .put("private_metadata", "C0001|en")
        .put("hash", "1764030000.abcd");
    view.putArray("blocks");
    ObjectNode state = view.putObject("state").putObject("values");
    values.forEach(
        (field, value) ->
            state
                .putObject(field)
                .putObject("value")
                .put("type", "plain_text_input")
                .put("value", value));
    root.putArray("response_urls");
    root.put("is_enterprise_install", false);
    return harness.form(Map.of("payload", root.toString()));
  }
}
