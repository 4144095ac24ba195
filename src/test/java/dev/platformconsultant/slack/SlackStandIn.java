package dev.platformconsultant.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * WireMock as the Slack Web API (and the response_url endpoint), answering each method the app
 * calls with Slack's real JSON shapes. Form-encoded request bodies are decoded for assertions.
 */
final class SlackStandIn implements AutoCloseable {
  static final String BOT_USER = "UBOT";
  static final String BOT_ID = "BBOT";
  private final WireMockServer server =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());
  private final AtomicLong ts = new AtomicLong(1_764_030_000_000_100L);

  SlackStandIn() {
    server.start();
    ok(
        "auth.test",
        "\"url\":\"https://kestrel.slack.com/\",\"team\":\"Kestrel\",\"user\":\"consultant\",\"team_id\":\"T0001\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\",\"is_enterprise_install\":false");
    ok(
        "chat.postMessage",
        "\"channel\":\"C0001\",\"ts\":\"1764030000.000900\",\"message\":{\"type\":\"message\",\"text\":\"\"}");
    ok("chat.update", "\"channel\":\"C0001\",\"ts\":\"1764030000.000900\",\"text\":\"\"");
    ok("chat.postEphemeral", "\"message_ts\":\"1764030000.000901\"");
    ok("assistant.threads.setStatus", "");
    ok("assistant.threads.setTitle", "");
    ok("assistant.threads.setSuggestedPrompts", "");
    ok("views.open", "\"view\":{\"id\":\"V0001\",\"type\":\"modal\"}");
    ok("conversations.replies", "\"messages\":[],\"has_more\":false");
    ok(
        "files.getUploadURLExternal",
        "\"upload_url\":\"" + server.baseUrl() + "/upload/F0001\",\"file_id\":\"F0001\"");
    ok("files.completeUploadExternal", "\"files\":[{\"id\":\"F0001\",\"title\":\"draft\"}]");
    ok(
        "bots.info",
        "\"bot\":{\"id\":\"B0OTHER\",\"deleted\":false,\"name\":\"deploy-bot\",\"app_id\":\"A0OTHER\",\"user_id\":\"U0OTHERBOT\"}");
    server.stubFor(
        post(urlPathEqualTo("/upload/F0001"))
            .willReturn(aResponse().withStatus(200).withBody("OK - 123")));
    server.stubFor(
        post(urlPathEqualTo("/response-url"))
            .willReturn(aResponse().withStatus(200).withBody("ok")));
  }

  /** Serves a file download as Slack's url_private_download would, behind the bot token. */
  void file(String name, byte[] content) {
    server.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/files/" + name))
            .withHeader(
                "Authorization",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer xoxb-0000-test"))
            .willReturn(aResponse().withStatus(200).withBody(content)));
  }

  /**
   * The next call to {@code method} is rate-limited (HTTP 429, Retry-After: 1); later ones succeed.
   */
  void rateLimitOnce(String method, String okFields) {
    String scenario = "rate-" + method;
    server.stubFor(
        post(urlEqualTo("/api/" + method))
            .inScenario(scenario)
            .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "1")
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"ok\":false,\"error\":\"ratelimited\"}"))
            .willSetStateTo("ok"));
    server.stubFor(
        post(urlEqualTo("/api/" + method))
            .inScenario(scenario)
            .whenScenarioStateIs("ok")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"ok\":true," + okFields + "}")));
  }

  /** {@code method} refuses any call carrying blocks with {@code error}, and accepts plain text. */
  void refuseBlocks(String method, String error, String okFields) {
    server.stubFor(
        post(urlEqualTo("/api/" + method))
            .atPriority(1)
            .withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing("blocks=%5B%7B"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"ok\":false,\"error\":\"" + error + "\"}")));
    server.stubFor(
        post(urlEqualTo("/api/" + method))
            .atPriority(2)
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"ok\":true," + okFields + "}")));
  }

  void ok(String method, String fields) {
    String body = fields.isEmpty() ? "{\"ok\":true}" : "{\"ok\":true," + fields + "}";
    server.stubFor(
        post(urlEqualTo("/api/" + method))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }

  void replies(String messagesJson) {
    server.stubFor(
        post(urlEqualTo("/api/conversations.replies"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"ok\":true,\"messages\":" + messagesJson + ",\"has_more\":false}")));
  }

  String baseUrl() {
    return server.baseUrl();
  }

  String responseUrl() {
    return server.baseUrl() + "/response-url";
  }

  /** The calls made to a Web API method, each as its decoded form fields. */
  List<Map<String, String>> calls(String method) {
    return server.findAll(postRequestedFor(urlEqualTo("/api/" + method))).stream()
        .map(SlackStandIn::form)
        .toList();
  }

  /** The contents of the files uploaded (files.uploadV2's upload step), in order. */
  List<String> uploadedFiles() {
    return server.findAll(postRequestedFor(urlPathEqualTo("/upload/F0001"))).stream()
        .map(LoggedRequest::getBodyAsString)
        .toList();
  }

  List<LoggedRequest> responseUrlCalls() {
    return server.findAll(postRequestedFor(urlPathEqualTo("/response-url")));
  }

  /** Every Web API call but auth.test and bots.info, which Bolt makes for itself. */
  int appCalls() {
    return (int)
        server.findAll(postRequestedFor(anyUrl())).stream()
            .filter(r -> !r.getUrl().endsWith("auth.test") && !r.getUrl().endsWith("bots.info"))
            .count();
  }

  void reset() {
    server.resetRequests();
  }

  static Map<String, String> form(LoggedRequest request) {
    Map<String, String> fields = new HashMap<>();
    String body = request.getBodyAsString();
    if (body.startsWith("{")) {
      fields.put("json", body);
      return fields;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return fields;
  }

  String nextTs() {
    long v = ts.incrementAndGet();
    return (v / 1_000_000) + "." + String.format("%06d", v % 1_000_000);
  }

  @Override
  public void close() {
    server.stop();
  }
}
