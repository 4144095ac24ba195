package dev.platformconsultant.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.TestApp;
import dev.platformconsultant.assessment.AnswersFile;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit and the roadmap in Slack, against the Web API stand-in: {@code /consult audit} uses the
 * team's latest assessment and the designs reviewed in the channel, posts the summary with its
 * roadmap button and uploads the report; the button posts the roadmap and uploads its matrix, CSV
 * and document.
 */
class EngagementSlackTest {
  @TempDir Path data;

  @Test
  void anAuditFromTheChannelsReviewsAndTheTeamsAssessmentThenItsRoadmap() throws Exception {
    try (SlackHarness harness =
        new SlackHarness(data, Map.of("CONSULTANT_KNOWLEDGE_DIR", TestApp.REVIEW_KNOWLEDGE))) {
      // given the team's assessment, and a design reviewed in the channel
      var answers =
          new AnswersFile(harness.services.assessor().questionnaire())
              .read(
                  Files.readString(Path.of("src/main/resources/assessment/examples/answers.yaml")),
                  Optional.of("Payments"));
      harness.services.assessor().assess(answers);
      harness.form(
          harness.slashCommand(
              "/review",
              "Orders service on EKS in one AZ, PostgreSQL RDS single-AZ, automated backups are disabled, password in config.yaml committed to git, deployed with helm upgrade from a laptop.",
              "U0ALICE"));
      harness.awaitIdle();
      System.err.println(
          "DEBUG review: "
              + harness.slack.responseUrlCalls().stream().map(r -> r.getBodyAsString()).toList());

      // when
      HttpResponse<String> ack =
          harness.form(harness.slashCommand("/consult", "audit Payments", "U0ALICE"));

      // then
      assertTrue(ack.body().contains("Writing the audit of *Payments*"), ack.body());
      assertTrue(ack.body().contains("the 1 designs reviewed here"), ack.body());
      SlackHarness.await(
          "the audit's files",
          () -> harness.slack.calls("files.completeUploadExternal").size() == 1);
      String audit = finalWith(harness, "Platform audit: Payments");
      assertTrue(audit.contains("SWOT"), audit);
      assertTrue(audit.contains(EngagementSummaries.ACTION_ROADMAP), "the roadmap button");
      assertTrue(
          audit.toLowerCase().contains("backup"), "the reviewed design's finding is in: " + audit);
      List<String> uploaded =
          harness.slack.calls("files.getUploadURLExternal").stream()
              .map(c -> c.get("filename"))
              .toList();
      assertEquals(2, uploaded.size(), uploaded.toString());
      assertTrue(
          uploaded.get(0).endsWith(".md") && uploaded.get(1).endsWith(".html"),
          uploaded.toString());
      Matcher id = Pattern.compile("\"value\":\"(payments-\\d{8}-\\d{6})\"").matcher(audit);
      assertTrue(id.find(), audit);

      // when the roadmap button is pressed
      harness.form(
          Map.of(
              "payload",
              """
              {"type":"block_actions","team":{"id":"T0001","domain":"kestrel"},
               "user":{"id":"U0ALICE","username":"alice","name":"alice","team_id":"T0001"},
               "api_app_id":"A0001","token":"legacy","trigger_id":"1337.46.abcd",
               "container":{"type":"message","message_ts":"1764030000.000900","channel_id":"C0001","is_ephemeral":false},
               "channel":{"id":"C0001","name":"platform"},
               "message":{"type":"message","ts":"1764030000.000900","thread_ts":"1764030000.000900","text":"audit"},
               "actions":[{"action_id":"%s","block_id":"b","type":"button","value":"%s","action_ts":"1764030001.000"}]}
              """
                  .formatted(EngagementSummaries.ACTION_ROADMAP, id.group(1))));

      // then
      SlackHarness.await(
          "the roadmap's files",
          () -> harness.slack.calls("files.completeUploadExternal").size() == 2);
      String roadmap = finalWith(harness, "Roadmap: Payments");
      assertTrue(roadmap.contains("0–30 days"), roadmap);
      List<String> files =
          harness.slack.calls("files.getUploadURLExternal").stream()
              .map(c -> c.get("filename"))
              .toList();
      assertEquals(List.of("matrix.png", "roadmap.csv", "roadmap.html"), files.subList(2, 5));
    }
  }

  @Test
  void anAuditAskedInAThreadReadsTheThreadAsNotes() throws Exception {
    try (SlackHarness harness =
        new SlackHarness(data, Map.of("CONSULTANT_KNOWLEDGE_DIR", "knowledge"))) {
      harness.slack.replies(
          """
          [{"type":"message","user":"U0BOB","text":"Retro of last night's outage on the orders service.","ts":"1764029000.000100","thread_ts":"1764029000.000100"},
           {"type":"message","user":"U0CAROL","text":"Automated backups are disabled on the orders database, so we could not restore it.","ts":"1764029100.000100","thread_ts":"1764029000.000100"},
           {"type":"message","user":"U0ALICE","text":"<@UBOT> audit Orders","ts":"1764029200.000100","thread_ts":"1764029000.000100"}]
          """);

      harness.event(
          """
          {"token":"t","team_id":"T0001","api_app_id":"A0001","type":"event_callback","event_id":"Ev0AUDIT1","event_time":1764029200,
           "event":{"type":"app_mention","user":"U0ALICE","text":"<@UBOT> audit Orders","ts":"1764029200.000100","thread_ts":"1764029000.000100","channel":"C0001","event_ts":"1764029200.000100"}}
          """);

      SlackHarness.await(
          "the audit's files",
          () -> harness.slack.calls("files.completeUploadExternal").size() == 1);
      String audit = finalWith(harness, "Platform audit: Orders");
      assertTrue(audit.contains("the thread"), "the thread is the evidence: " + audit);
      assertTrue(audit.toLowerCase().contains("backups and restore"), audit);
      assertFalse(
          audit.contains("Are SLOs defined") || audit.contains("Service level objectives"),
          "a topic the thread does not mention is not a finding: " + audit);
      assertEquals(
          "1764029000.000100",
          harness.slack.calls("files.completeUploadExternal").getFirst().get("thread_ts"),
          "answered in the thread it was asked in");
    }
  }

  @Test
  void anAuditWithNoEvidenceSaysWhatToDoFirst() throws Exception {
    try (SlackHarness harness = new SlackHarness(data, Map.of())) {
      harness.form(harness.slashCommand("/consult", "audit Nobody", "U0ALICE"));
      harness.awaitIdle();
      SlackHarness.await(
          "the note",
          () ->
              harness.slack.calls("chat.update").stream()
                  .anyMatch(c -> c.getOrDefault("blocks", "").contains("run `consultant assess`")));
      assertTrue(harness.slack.calls("files.completeUploadExternal").isEmpty());
    }
  }

  private static String finalWith(SlackHarness harness, String text) {
    return harness.slack.calls("chat.update").stream()
        .map(c -> c.getOrDefault("blocks", ""))
        .filter(b -> b.contains(text))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError(text + " not in " + harness.slack.calls("chat.update")));
  }
}
