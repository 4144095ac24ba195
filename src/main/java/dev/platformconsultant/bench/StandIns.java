package dev.platformconsultant.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.platformconsultant.slack.SlackHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loopback stand-ins for the benchmark: a Slack Web API that answers {@code ok} and records when
 * each thread got its first message and its final answer, and an OpenAI-compatible LLM that waits a
 * fixed time and then streams a short answer. They exist so the figures measure our code, not a
 * network.
 */
final class StandIns {
  private StandIns() {}

  /**
   * Slack's Web API, recording per thread the first post (feedback) and the final update (answer).
   */
  static final class Slack implements AutoCloseable {
    final Map<String, Long> firstPostNanos = new ConcurrentHashMap<>();
    final Map<String, Long> finalAnswerNanos = new ConcurrentHashMap<>();
    final Map<String, java.util.concurrent.atomic.AtomicInteger> finalsPerThread =
        new ConcurrentHashMap<>();
    private final Map<String, String> threadOfMessage = new ConcurrentHashMap<>();
    private final AtomicLong ts = new AtomicLong(1_800_000_000_000_000L);
    private final HttpServer server;

    Slack() throws IOException {
      server = SlackHttpServer.create(new InetSocketAddress("127.0.0.1", 0));
      server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      server.createContext("/api/", this::handle);
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
      long now = System.nanoTime();
      String method = exchange.getRequestURI().getPath().substring("/api/".length());
      Map<String, String> form =
          form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      String body =
          switch (method) {
            case "auth.test" ->
                "{\"ok\":true,\"team_id\":\"T0001\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\",\"team\":\"Bench\",\"user\":\"consultant\"}";
            case "chat.postMessage" -> {
              long v = ts.incrementAndGet();
              String messageTs = (v / 1_000_000) + "." + String.format("%06d", v % 1_000_000);
              String thread = form.getOrDefault("thread_ts", messageTs);
              threadOfMessage.put(messageTs, thread);
              firstPostNanos.putIfAbsent(thread, now);
              yield "{\"ok\":true,\"channel\":\"C0001\",\"ts\":\"" + messageTs + "\"}";
            }
            case "chat.update" -> {
              String thread = threadOfMessage.get(form.get("ts"));
              String blocks = form.getOrDefault("blocks", "");
              if (thread != null
                  && (blocks.contains("feedback_helpful") || blocks.contains("could not answer"))) {
                finalAnswerNanos.putIfAbsent(thread, now);
                finalsPerThread
                    .computeIfAbsent(thread, t -> new java.util.concurrent.atomic.AtomicInteger())
                    .incrementAndGet();
              }
              yield "{\"ok\":true,\"channel\":\"C0001\",\"ts\":\"" + form.get("ts") + "\"}";
            }
            default -> "{\"ok\":true}";
          };
      respond(exchange, "application/json", body);
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  /** An OpenAI-compatible chat endpoint that takes {@code delay} before streaming its answer. */
  static final class Llm implements AutoCloseable {
    final Map<Long, long[]> calls = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final HttpServer server;
    private final Duration delay;

    private final double failureRate;
    private final Duration hang;

    Llm(Duration delay) throws IOException {
      this(delay, 0, Duration.ZERO);
    }

    /**
     * @param failureRate share of calls that fail, in turn: HTTP 500, 429, a hang longer than the
     *     client's time-out, a malformed body, a stream cut after its first words
     */
    Llm(Duration delay, double failureRate, Duration hang) throws IOException {
      this.failureRate = failureRate;
      this.hang = hang;
      this.delay = delay;
      server = SlackHttpServer.create(new InetSocketAddress("127.0.0.1", 0));
      server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      server.createContext("/v1/chat/completions", this::handle);
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Total time the LLM spent, per call, in nanoseconds. */
    long[] durations() {
      return calls.values().stream().mapToLong(c -> c[1] - c[0]).toArray();
    }

    private final AtomicLong failures = new AtomicLong();

    private void handle(HttpExchange exchange) throws IOException {
      long start = System.nanoTime();
      exchange.getRequestBody().readAllBytes();
      if (java.util.concurrent.ThreadLocalRandom.current().nextDouble() < failureRate) {
        fail(exchange, (int) (failures.getAndIncrement() % 5));
        return;
      }
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        String[] words = {
          "Define ", "SLIs ", "from ", "what ", "users ", "feel ", "[1], ", "then ", "an ",
          "error ", "budget ", "policy ", "[2]."
        };
        for (String word : words) {
          out.write(
              ("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"bench\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
                      + word
                      + "\"},\"finish_reason\":null}]}\n\n")
                  .getBytes(StandardCharsets.UTF_8));
          out.flush();
        }
        out.write(
            "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"bench\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n"
                .getBytes(StandardCharsets.UTF_8));
      }
      calls.put(ids.incrementAndGet(), new long[] {start, System.nanoTime()});
    }

    private void fail(HttpExchange exchange, int kind) throws IOException {
      switch (kind) {
        case 0 -> respondStatus(exchange, 500, "{\"error\":{\"message\":\"internal\"}}");
        case 1 -> {
          exchange.getResponseHeaders().set("Retry-After", "1");
          respondStatus(exchange, 429, "{\"error\":{\"message\":\"rate limited\"}}");
        }
        case 2 -> {
          try {
            Thread.sleep(hang);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          respondStatus(exchange, 500, "{}");
        }
        case 3 -> respondStatus(exchange, 200, "<html>bad gateway</html>");
        default -> {
          exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(
                "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"bench\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Define SLIs \"},\"finish_reason\":null}]}\n\ndata: {broken"
                    .getBytes(StandardCharsets.UTF_8));
          }
        }
      }
    }

    private static void respondStatus(HttpExchange exchange, int status, String body)
        throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  static Map<String, String> form(String body) {
    Map<String, String> fields = new HashMap<>();
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

  private static void respond(HttpExchange exchange, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
