package dev.platformconsultant.slack;

import com.slack.api.app_backend.SlackSignature;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.app.Services;
import dev.platformconsultant.config.EnvironmentSettings;
import dev.platformconsultant.config.Settings;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * The real Slack app in HTTP mode on a free port, with WireMock standing in for the Slack Web API
 * (and, when given, the LLM). Requests are signed as Slack signs them.
 */
final class SlackHarness implements AutoCloseable {
  static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

  final SlackStandIn slack = new SlackStandIn();
  final Services services;
  final ConsultantSlackApp app;
  private final SlackHttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final HttpClient http = HttpClient.newHttpClient();

  SlackHarness(Path dataDir, Map<String, String> extraEnv) throws IOException {
    Map<String, String> env = TestApp.offlineEnv();
    env.putAll(extraEnv);
    env.put("SLACK_MODE", "http");
    env.put("SLACK_BOT_TOKEN", "xoxb-0000-test");
    env.put("SLACK_SIGNING_SECRET", SECRET);
    env.put("SLACK_API_URL", slack.baseUrl());
    env.put("CONSULTANT_DATA_DIR", dataDir.toString());
    Settings settings = EnvironmentSettings.from(env);
    this.services = TestApp.wire(env);
    this.app = new ConsultantSlackApp(services, settings.slack(), executor, Clock.systemUTC());
    this.server =
        new SlackHttpServer(
            0,
            Optional.of(app.app()),
            () -> true,
            services.metrics(),
            Executors.newVirtualThreadPerTaskExecutor());
    server.start();
  }

  String url(String path) {
    return "http://localhost:" + server.port() + path;
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

  HttpResponse<String> post(String body, String contentType, Map<String, String> headers)
      throws Exception {
    return send(signedPost(URI.create(url("/slack/events")), body, contentType), headers);
  }

  HttpResponse<String> signed(
      String body,
      String contentType,
      String timestamp,
      String signature,
      Map<String, String> headers)
      throws Exception {
    return send(
        request(URI.create(url("/slack/events")), body, contentType, timestamp, signature),
        headers);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> headers)
      throws Exception {
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A POST of {@code body} to {@code url}, signed now as Slack signs it. */
  static HttpRequest.Builder signedPost(URI url, String body, String contentType) {
    String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
    return request(
        url,
        body,
        contentType,
        timestamp,
        new SlackSignature.Generator(SECRET).generate(timestamp, body));
  }

  private static HttpRequest.Builder request(
      URI url, String body, String contentType, String timestamp, String signature) {
    return HttpRequest.newBuilder(url)
        .header("Content-Type", contentType)
        .header("X-Slack-Request-Timestamp", timestamp)
        .header("X-Slack-Signature", signature)
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

  /** Lets queued work finish, so a test can assert that nothing (more) happened. */
  void settle() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    Thread.sleep(150);
    while (app.activeConversations() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(100);
  }

  @Override
  public void close() {
    server.close();
    executor.shutdownNow();
    slack.close();
    services.knowledge().close();
  }
}
