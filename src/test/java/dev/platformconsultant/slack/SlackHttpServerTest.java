package dev.platformconsultant.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Health, readiness and metrics endpoints, as in Socket Mode (no Slack app on the server). */
class SlackHttpServerTest {
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(SlackHttpServer server, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthIsAlwaysOkAndReadinessFollowsTheApp() throws Exception {
    AtomicBoolean ready = new AtomicBoolean(false);
    try (SlackHttpServer server =
        new SlackHttpServer(
            0,
            Optional.empty(),
            ready::get,
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
            Executors.newVirtualThreadPerTaskExecutor())) {
      server.start();

      assertEquals(200, get(server, "/healthz").statusCode());
      assertEquals(503, get(server, "/readyz").statusCode());
      ready.set(true);
      assertEquals(200, get(server, "/readyz").statusCode());
      HttpResponse<String> metrics = get(server, "/metrics");
      assertEquals(200, metrics.statusCode());
      assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
      assertEquals(
          404, get(server, "/slack/events").statusCode(), "no Slack endpoint in Socket Mode");
    }
  }
}
