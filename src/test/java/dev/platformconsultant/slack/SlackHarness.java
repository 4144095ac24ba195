package dev.platformconsultant.slack;

import com.slack.api.app_backend.SlackSignature;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.app.Services;
import dev.platformconsultant.bench.SlackRig;
import dev.platformconsultant.config.EnvironmentSettings;
import dev.platformconsultant.config.Settings;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The real Slack app in HTTP mode on a free port ({@link SlackRig}, as the benchmark runs it), with
 * WireMock standing in for the Slack Web API (and, when given, the LLM). Requests are signed as
 * Slack signs them.
 */
final class SlackHarness implements AutoCloseable {
  static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

  /** Markers come from their own user, so they never use up the asker's rate limit. */
  static final String MARKER_USER = "U0MARKER";

  final SlackStandIn slack = new SlackStandIn();

  /** The waits the app asked for before retrying a Web API call; none is spent. */
  final List<Duration> waits = new CopyOnWriteArrayList<>();

  final Services services;
  final ConsultantSlackApp app;
  private final SlackRig rig;
  private final AtomicInteger markers = new AtomicInteger();

  SlackHarness(Path dataDir, Map<String, String> extraEnv) throws IOException {
    this(dataDir, extraEnv, com.github.benmanes.caffeine.cache.Ticker.systemTicker());
  }

  /** As above, the app's time given by {@code ticker} (to expire what it keeps). */
  SlackHarness(
      Path dataDir, Map<String, String> extraEnv, com.github.benmanes.caffeine.cache.Ticker ticker)
      throws IOException {
    Map<String, String> env = TestApp.offlineEnv();
    env.putAll(extraEnv);
    env.put("SLACK_MODE", "http");
    env.put("SLACK_BOT_TOKEN", "xoxb-0000-test");
    env.put("SLACK_SIGNING_SECRET", SECRET);
    env.put("SLACK_API_URL", slack.baseUrl());
    env.put("CONSULTANT_DATA_DIR", dataDir.toString());
    Settings settings = EnvironmentSettings.from(env);
    this.services = TestApp.wire(env);
    this.rig = new SlackRig(services, settings.slack(), waits::add, ticker);
    this.app = rig.app();
  }

  String url(String path) {
    return rig.url(path);
  }

  static String fixture(String name, Map<String, String> values) {
    String text = TestApp.resource("slack/events/" + name);
    for (var e : values.entrySet()) {
      text = text.replace("{{" + e.getKey() + "}}", e.getValue());
    }
    return text.replaceAll("\\{\\{[a-z_]+}}", "");
  }

  HttpResponse<String> event(String json) throws Exception {
    return post(json, "application/json", Map.of());
  }

  HttpResponse<String> event(String json, Map<String, String> headers) throws Exception {
    return post(json, "application/json", headers);
  }

  /**
   * A form-encoded request: a slash command's fields, or {@code payload=<json>} for interactivity.
   */
  HttpResponse<String> form(Map<String, String> fields) throws Exception {
    StringBuilder body = new StringBuilder();
    for (var e : fields.entrySet()) {
      body.append(body.isEmpty() ? "" : "&")
          .append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return post(body.toString(), "application/x-www-form-urlencoded", Map.of());
  }

  /** A slash command's fields as Slack sends them, from channel C0001. */
  Map<String, String> slashCommand(String name, String text, String user) {
    return Map.ofEntries(
        Map.entry("token", "legacy"),
        Map.entry("team_id", "T0001"),
        Map.entry("team_domain", "kestrel"),
        Map.entry("channel_id", "C0001"),
        Map.entry("channel_name", "platform"),
        Map.entry("user_id", user),
        Map.entry("user_name", "someone"),
        Map.entry("command", name),
        Map.entry("text", text),
        Map.entry("api_app_id", "A0001"),
        Map.entry("response_url", slack.responseUrl()),
        Map.entry("trigger_id", "1337.42.abcd"));
  }

  HttpResponse<String> post(String body, String contentType, Map<String, String> headers)
      throws Exception {
    return rig.post(body, contentType, headers);
  }

  HttpResponse<String> signed(
      String body,
      String contentType,
      String timestamp,
      String signature,
      Map<String, String> headers)
      throws Exception {
    return rig.post(body, contentType, timestamp, signature, headers);
  }

  HttpResponse<String> get(String path) throws Exception {
    return rig.get(path);
  }

  /**
   * A POST of {@code body} to {@code url}, signed now as Slack signs it (for a separate process).
   */
  static HttpRequest.Builder signedPost(URI url, String body, String contentType) {
    String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
    return HttpRequest.newBuilder(url)
        .header("Content-Type", contentType)
        .header("X-Slack-Request-Timestamp", timestamp)
        .header("X-Slack-Signature", new SlackSignature.Generator(SECRET).generate(timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  /** Waits for {@code condition} (work is asynchronous), failing after 10 s. */
  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    await(what, Duration.ofSeconds(10), condition);
  }

  static void await(String what, Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  /**
   * Proves that whatever was sent to the conversation {@code channel}/{@code threadTs} before has
   * been dealt with: a marker (a message from another person with no text, answered with the help)
   * is sent to the same conversation, and conversations are answered in order, so once the marker's
   * help is posted, anything queued before it was answered or dropped. The marker's answer is one
   * Web API call.
   */
  void markerAnswered(String channel, String threadTs) throws Exception {
    markerAnswered(channel, threadTs, MARKER_USER);
  }

  /** As above, the marker sent by {@code user} (where an allow-list would refuse the marker's). */
  void markerAnswered(String channel, String threadTs, String user) throws Exception {
    int n = markers.incrementAndGet();
    String event =
        channel.startsWith("D")
            ? """
            {"token":"t","team_id":"T0001","api_app_id":"A0001","type":"event_callback","event_id":"Ev0MARKER%1$d","event_time":1764030000,
             "event":{"type":"message","channel_type":"im","user":"%2$s","text":"","ts":"1764039999.%1$06d","thread_ts":"%3$s","channel":"%4$s","event_ts":"1764039999.%1$06d"}}
            """
            : """
            {"token":"t","team_id":"T0001","api_app_id":"A0001","type":"event_callback","event_id":"Ev0MARKER%1$d","event_time":1764030000,
             "event":{"type":"app_mention","user":"%2$s","text":"<@UBOT>","ts":"1764039999.%1$06d","thread_ts":"%3$s","channel":"%4$s","event_ts":"1764039999.%1$06d"}}
            """;
    if (event(event.formatted(n, user, threadTs, channel)).statusCode() != 200) {
      throw new AssertionError("the marker was not acknowledged");
    }
    await(
        "the marker's answer in " + channel + ":" + threadTs,
        () ->
            slack.calls("chat.postMessage").stream()
                .anyMatch(
                    c ->
                        threadTs.equals(c.get("thread_ts"))
                            && c.getOrDefault("blocks", "").contains(HELP_MARK)));
  }

  /** A phrase of the help message, which only the marker gets in these tests. */
  static final String HELP_MARK = "external Platform Engineering consultant";

  /**
   * Waits until every request acknowledged so far has been answered (handlers queue their work
   * before they acknowledge, so an idle queue after the acks means nothing more will come).
   */
  void awaitIdle() throws InterruptedException {
    if (!app.awaitIdle(Duration.ofSeconds(30))) {
      throw new AssertionError("work still running after 30 s");
    }
  }

  @Override
  public void close() {
    rig.close();
    slack.close();
  }
}
