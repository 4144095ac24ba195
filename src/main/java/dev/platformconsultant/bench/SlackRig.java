package dev.platformconsultant.bench;

import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.app_backend.SlackSignature;
import dev.platformconsultant.app.Services;
import dev.platformconsultant.config.SlackSettings;
import dev.platformconsultant.slack.ConsultantSlackApp;
import dev.platformconsultant.slack.SlackHttpServer;
import dev.platformconsultant.time.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Slack app in HTTP mode on a free loopback port, wired as {@code serve} wires it, and a client
 * that signs requests as Slack does. The Slack Web API it calls is whatever stand-in the settings'
 * {@code apiUrl} names. The benchmarks and the tests both drive the app through this. Thread-safe.
 */
public final class SlackRig implements AutoCloseable {
  private final Services services;
  private final ConsultantSlackApp app;
  private final SlackHttpServer server;
  private final ExecutorService work = Executors.newVirtualThreadPerTaskExecutor();
  private final HttpClient http =
      HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
  private final String secret;

  /**
   * @param slack HTTP mode settings: a bot token, a signing secret, and the stand-in's {@code
   *     apiUrl}
   */
  public SlackRig(Services services, SlackSettings slack) throws IOException {
    this(services, slack, Sleeper.SYSTEM);
  }

  /**
   * As above; {@code sleeper} waits before the app retries a Web API call (a test's records the
   * wait instead).
   */
  public SlackRig(Services services, SlackSettings slack, Sleeper sleeper) throws IOException {
    this(services, slack, sleeper, Ticker.systemTicker());
  }

  /**
   * As above; {@code ticker} is the app's time for rate windows and kept forms (a test's moves).
   */
  public SlackRig(Services services, SlackSettings slack, Sleeper sleeper, Ticker ticker)
      throws IOException {
    this.services = services;
    this.secret =
        slack.signingSecret().orElseThrow(() -> new IllegalArgumentException("no signing secret"));
    this.app = new ConsultantSlackApp(services, slack, work, Clock.systemUTC(), ticker, sleeper);
    this.server =
        new SlackHttpServer(
            0,
            Optional.of(app.app()),
            services.ready(),
            services.metrics(),
            Executors.newVirtualThreadPerTaskExecutor());
    server.start();
  }

  public ConsultantSlackApp app() {
    return app;
  }

  public Services services() {
    return services;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  /** POSTs {@code body} to /slack/events, signed now; {@code headers} are added (retries, say). */
  public HttpResponse<String> post(String body, String contentType, Map<String, String> headers)
      throws IOException, InterruptedException {
    String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
    return post(
        body,
        contentType,
        timestamp,
        new SlackSignature.Generator(secret).generate(timestamp, body),
        headers);
  }

  /** POSTs {@code body} with the given timestamp and signature, right or wrong. */
  public HttpResponse<String> post(
      String body,
      String contentType,
      String timestamp,
      String signature,
      Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url("/slack/events")))
            .header("Content-Type", contentType)
            .header("X-Slack-Request-Timestamp", timestamp)
            .header("X-Slack-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url(path))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    server.close();
    work.shutdownNow();
    services.knowledge().close();
  }
}
