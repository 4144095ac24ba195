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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team's context in Slack, against the Web API stand-in: {@code /consult context} says when
 * there is none, {@code /consult discover} asks a vague answer once more under its field, shows the
 * context it made and saves it on confirmation; saving is for the admins when there are any.
 */
class ContextSlackTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path data;

  @Test
  void discoverAsksAgainOnceShowsTheContextAndSavesItOnConfirmation() throws Exception {
    Path context = data.resolve("contexts/C0001.md");
    try (SlackHarness harness =
        new SlackHarness(
            data,
            Map.of("CONSULTANT_PROJECT_CONTEXT", data.resolve("project-context.md").toString()))) {
      HttpResponse<String> none =
          harness.form(harness.slashCommand("/consult", "context", "U0ALICE"));
      assertTrue(none.body().contains("I know nothing of your team yet"), none.body());

      harness.form(harness.slashCommand("/consult", "discover", "U0ALICE"));
      JsonNode form = JSON.readTree(harness.slack.calls("views.open").getLast().get("view"));
      assertEquals(ContextHandlers.DISCOVER_MODAL, form.path("callback_id").asText());

      Map<String, String> answers = new LinkedHashMap<>();
      answers.put("organisation", "Acme Travel");
      answers.put("teams", "six teams");
      answers.put("stack", "Java and Go services on EKS with PostgreSQL on RDS");
      JsonNode first =
          JSON.readTree(
              submit(harness, ContextHandlers.DISCOVER_MODAL, "en|C0001", answers, "U0ALICE")
                  .body());
      assertEquals("errors", first.path("response_action").asText());
      assertTrue(
          first.path("errors").path("teams").asText().startsWith("Could you say a little more?"),
          first.toString());
      assertFalse(first.path("errors").has("organisation"), "a name is one word");

      JsonNode second =
          JSON.readTree(
              submit(harness, ContextHandlers.DISCOVER_MODAL, "en|C0001", answers, "U0ALICE")
                  .body());
      assertEquals("update", second.path("response_action").asText(), "asked once only: " + second);
      assertTrue(second.toString().contains("*Project context: Acme Travel*"), second.toString());
      assertFalse(Files.exists(context), "nothing saved before confirmation");

      String draft = second.path("view").path("private_metadata").asText();
      HttpResponse<String> confirmed =
          submit(harness, ContextHandlers.CONFIRM_MODAL, draft, Map.of(), "U0ALICE");
      assertEquals(200, confirmed.statusCode(), confirmed.body());
      assertTrue(
          Files.exists(context),
          "saved on confirmation; draft "
              + draft
              + ", confirm answered "
              + confirmed.body()
              + ", files "
              + java.util.Arrays.toString(data.toFile().list()));
      String saved = Files.readString(context);
      assertTrue(saved.contains("# Project context: Acme Travel"), saved);
      assertTrue(
          saved.contains("## Stack\n- Java and Go services on EKS with PostgreSQL on RDS"), saved);

      HttpResponse<String> shown =
          harness.form(harness.slashCommand("/consult", "context", "U0ALICE"));
      assertTrue(shown.body().contains("Acme Travel"), shown.body());
      assertTrue(
          shown.body().contains(ContextHandlers.EDIT), "no admins configured: anyone may edit");
    }
  }

  @Test
  void onlyTheAdminsMayChangeTheContextWhenThereAreAny() throws Exception {
    Path context = data.resolve("project-context.md");
    Files.writeString(context, "# Project context: Acme\n");
    try (SlackHarness harness =
        new SlackHarness(
            data,
            Map.of(
                "CONSULTANT_PROJECT_CONTEXT",
                context.toString(),
                "CONSULTANT_ADMINS",
                "U0ADMIN"))) {
      HttpResponse<String> shown =
          harness.form(harness.slashCommand("/consult", "context", "U0ALICE"));
      assertTrue(shown.body().contains("Acme"), shown.body());
      assertFalse(shown.body().contains(ContextHandlers.EDIT), "no Edit button for a non-admin");
      assertTrue(
          shown.body().contains("default context: this channel has none of its own"),
          "the channel has none of its own: " + shown.body());

      JsonNode refused =
          JSON.readTree(
              submit(
                      harness,
                      ContextHandlers.EDIT_MODAL,
                      "",
                      Map.of("context", "# Project context: Mallory"),
                      "U0ALICE")
                  .body());
      assertEquals("errors", refused.path("response_action").asText());
      assertEquals("# Project context: Acme\n", Files.readString(context));

      submit(
          harness,
          ContextHandlers.EDIT_MODAL,
          "",
          Map.of("context", "# Project context: Acme\n\n## Stack\n- Go"),
          "U0ADMIN");
      assertTrue(Files.readString(context).contains("- Go"));
      assertEquals(
          "# Project context: Acme\n", Files.readString(data.resolve("project-context.md.bak")));
    }
  }

  @Test
  void aChannelWithItsOwnContextIsAnsweredFromItAndAnotherIsToldItsAdviceIsGeneric()
      throws Exception {
    Files.createDirectories(data.resolve("contexts"));
    Files.writeString(data.resolve("contexts/C0001.md"), "# Project context: Acme\n");
    try (SlackHarness harness =
        new SlackHarness(
            data,
            Map.of("CONSULTANT_PROJECT_CONTEXT", data.resolve("project-context.md").toString()))) {
      mention(harness, "C0001", "Ev0CTX1", "1764031000.000100");
      mention(harness, "C0002", "Ev0CTX2", "1764031000.000200");
      harness.awaitIdle();

      var notes =
          harness.slack.calls("chat.postMessage").stream()
              .filter(c -> c.getOrDefault("blocks", "").contains("I know nothing of your team yet"))
              .map(c -> c.get("channel"))
              .toList();
      assertEquals(java.util.List.of("C0002"), notes, "only the channel without a context is told");
    }
  }

  private static void mention(SlackHarness harness, String channel, String eventId, String ts)
      throws Exception {
    harness.event(
        """
        {"token":"t","team_id":"T0001","api_app_id":"A0001","type":"event_callback","event_id":"%s","event_time":1764031000,
         "event":{"type":"app_mention","user":"U0ALICE","text":"<@UBOT> how should we define SLOs?","ts":"%s","channel":"%s","event_ts":"%s"}}
        """
            .formatted(eventId, ts, channel, ts));
  }

  private static HttpResponse<String> submit(
      SlackHarness harness,
      String callback,
      String metadata,
      Map<String, String> values,
      String user)
      throws Exception {
    ObjectNode root = JSON.createObjectNode();
    root.put("type", "view_submission");
    root.putObject("team").put("id", "T0001").put("domain", "kestrel");
    root.putObject("user")
        .put("id", user)
        .put("username", "u")
        .put("name", "u")
        .put("team_id", "T0001");
    root.put("api_app_id", "A0001").put("token", "legacy").put("trigger_id", "1337.48.abcd");
    ObjectNode view = root.putObject("view");
    view.put("id", "V0042")
        .put("team_id", "T0001")
        .put("type", "modal")
        .put("callback_id", callback)
        .put("private_metadata", metadata)
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
