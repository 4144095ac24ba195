package dev.platformconsultant.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP transport: {@code POST /slack/events} (events, commands, shortcuts, interactivity; Bolt
 * verifies the signature) and {@code GET /healthz}. A thin adapter from the JDK's HTTP server to
 * {@link App#run(Request)} rather than a servlet container: Bolt's Jetty adapter lags the core
 * release, and this is all a Slack endpoint needs. Requests are served on virtual threads. In
 * Socket Mode the same server runs without an app, for health checks only.
 */
public final class SlackHttpServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);

  /** Slack's payloads are a few kilobytes; anything near this is not Slack. */
  static final int MAX_BODY_BYTES = 1 << 20;

  private final HttpServer server;

  /**
   * A JDK HTTP server with TCP_NODELAY: without it the server writes headers and body in two small
   * segments and Nagle's algorithm holds the second until the client's delayed ACK, adding tens to
   * hundreds of milliseconds to every response. The JDK reads the flag once, when its first server
   * starts.
   */
  public static HttpServer create(InetSocketAddress address) throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    return HttpServer.create(address, 1024);
  }

  /**
   * @param app the Bolt app to serve on /slack/events, or empty for health checks only
   * @param ready whether the app can answer (for /readyz)
   */
  public SlackHttpServer(
      int port,
      Optional<App> app,
      BooleanSupplier ready,
      PrometheusMeterRegistry metrics,
      ExecutorService executor)
      throws IOException {
    this.server = create(new InetSocketAddress(port));
    server.setExecutor(executor);
    server.createContext(
        "/healthz", exchange -> respond(exchange, 200, "application/json", "{\"status\":\"ok\"}"));
    server.createContext(
        "/readyz",
        exchange -> {
          boolean ok = ready.getAsBoolean();
          respond(
              exchange,
              ok ? 200 : 503,
              "application/json",
              ok ? "{\"status\":\"ready\"}" : "{\"status\":\"starting\"}");
        });
    server.createContext(
        "/metrics",
        exchange ->
            respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape()));
    Timer ack =
        Timer.builder("consultant.slack.ack")
            .description("time to acknowledge a Slack request")
            .publishPercentileHistogram()
            .register(metrics);
    app.ifPresent(a -> server.createContext("/slack/events", new BoltHandler(a, ack)));
  }

  public void start() {
    server.start();
    log.info("listening on port {}", port());
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(1);
  }

  private static final class BoltHandler implements com.sun.net.httpserver.HttpHandler {
    private final App app;
    private final SlackRequestParser parser;
    private final Timer ack;

    BoltHandler(App app, Timer ack) {
      this.app = app;
      this.ack = ack;
      this.parser = new SlackRequestParser(app.config());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
      try {
        if (!exchange.getRequestMethod().equals("POST")) {
          respond(exchange, 405, "text/plain", "POST only");
          return;
        }
        byte[] body = readBounded(exchange.getRequestBody());
        if (body == null) {
          respond(exchange, 413, "text/plain", "payload too large");
          return;
        }
        Request<?> request =
            parser.parse(
                SlackRequestParser.HttpRequest.builder()
                    .requestUri(exchange.getRequestURI().getPath())
                    .queryString(query(exchange.getRequestURI().getRawQuery()))
                    .headers(new RequestHeaders(headers(exchange)))
                    .requestBody(new String(body, StandardCharsets.UTF_8))
                    .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                    .build());
        if (request == null) {
          respond(exchange, 400, "text/plain", "not a Slack request");
          return;
        }
        long start = System.nanoTime();
        Response response = app.run(request);
        ack.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        if (response.getHeaders() != null) {
          response
              .getHeaders()
              .forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
        }
        respond(
            exchange,
            response.getStatusCode(),
            response.getContentType(),
            response.getBody() == null ? "" : response.getBody());
      } catch (Exception e) {
        // A malformed payload must not take the server down: Slack gets a 400/500, the log the
        // reason.
        log.warn("could not handle a request on /slack/events: {}", e.toString());
        respond(exchange, e instanceof RuntimeException ? 400 : 500, "text/plain", "bad request");
      }
    }
  }

  private static byte[] readBounded(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    return bytes.length > MAX_BODY_BYTES ? null : bytes;
  }

  private static Map<String, List<String>> headers(HttpExchange exchange) {
    Map<String, List<String>> headers = new HashMap<>();
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) ->
                headers.put(name.toLowerCase(java.util.Locale.ROOT), new ArrayList<>(values)));
    return headers;
  }

  private static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> query = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      query.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return query;
  }

  private static void respond(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
