package dev.platformconsultant.bench;

import dev.platformconsultant.app.Services;
import dev.platformconsultant.config.LlmProvider;
import dev.platformconsultant.config.LlmSettings;
import dev.platformconsultant.config.Settings;
import dev.platformconsultant.config.SlackSettings;
import dev.platformconsultant.security.AccessPolicy;
import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The Slack app under load, in HTTP mode, against loopback stand-ins for Slack and a slow LLM: N
 * signed app_mention events sent at once. Prints ack latency, time to first visible feedback, time
 * to the complete answer, our overhead (complete minus the LLM's own time) and memory. Figures, no
 * verdicts.
 */
public final class SlackBenchmark {
  private static final String SECRET = "bench-signing-secret";

  private final PrintWriter out;
  private final Settings base;
  private final Function<Settings, Services> wiring;

  /**
   * @param base the settings whose prompts and knowledge the benchmarked app uses
   * @param wiring builds the application from settings (the composition root's)
   */
  public SlackBenchmark(PrintWriter out, Settings base, Function<Settings, Services> wiring) {
    this.out = out;
    this.base = base;
    this.wiring = wiring;
  }

  /** The app in HTTP mode between its two stand-ins. */
  private static final class Rig implements AutoCloseable {
    final StandIns.Slack slack;
    final StandIns.Llm llm;
    final SlackRig app;

    Rig(Settings base, Function<Settings, Services> wiring, StandIns.Llm llm, Duration llmTimeout)
        throws Exception {
      this.llm = llm;
      this.slack = new StandIns.Slack();
      SlackSettings http =
          new SlackSettings(
              SlackSettings.Mode.HTTP,
              Optional.of("xoxb-bench"),
              Optional.empty(),
              Optional.of(SECRET),
              0,
              Optional.of(slack.url()),
              base.slack().commands(),
              false,
              new AccessPolicy.Limits(Set.of(), Set.of(), 10_000, 100_000),
              Set.of(),
              Duration.ofSeconds(25));
      Settings settings =
          base.withDataDir(Files.createTempDirectory("consultant-bench-slack"))
              .withLlm(
                  new LlmSettings(
                      LlmProvider.OPENAI,
                      Optional.of(llm.url()),
                      Optional.of("bench"),
                      "bench",
                      llmTimeout,
                      base.llm().maxOutputTokens(),
                      2,
                      0,
                      0))
              .withSlack(http);
      this.app = new SlackRig(wiring.apply(settings), http);
    }

    @Override
    public void close() {
      app.close();
      slack.close();
      llm.close();
    }
  }

  public void run(int events, Duration llmDelay) throws Exception {
    try (Rig rig = new Rig(base, wiring, new StandIns.Llm(llmDelay), Duration.ofSeconds(10))) {
      out.printf(
          "slack benchmark: %d concurrent mentions, LLM stand-in %d ms, %d cores%n",
          events, llmDelay.toMillis(), Runtime.getRuntime().availableProcessors());
      out.printf("memory at start: %s%n", memory());
      send(rig.app, 0, Math.min(10, events)); // warm-up: JIT, Bolt's auth.test, connection pools
      waitForAnswers(rig.slack, Math.min(10, events), Duration.ofSeconds(60));
      rig.slack.firstPostNanos.clear();
      rig.slack.finalAnswerNanos.clear();
      rig.llm.calls.clear();

      List<long[]> sends = send(rig.app, 1000, events);
      waitForAnswers(rig.slack, events, Duration.ofSeconds(120));
      long[] ack = sends.stream().mapToLong(s -> s[2]).toArray();
      List<Long> feedback = new ArrayList<>();
      List<Long> complete = new ArrayList<>();
      for (long[] s : sends) {
        String thread = threadTs(s[0]);
        Long first = rig.slack.firstPostNanos.get(thread);
        Long done = rig.slack.finalAnswerNanos.get(thread);
        if (first != null) {
          feedback.add(first - s[1]);
        }
        if (done != null) {
          complete.add(done - s[1]);
        }
      }
      long[] llmTimes = rig.llm.durations();
      double llmMedian = Percentiles.ofNanos(llmTimes).p50();
      long[] overhead = complete.stream().mapToLong(c -> c - (long) (llmMedian * 1e6)).toArray();
      out.printf("ack latency:                 %s%n", Percentiles.ofNanos(ack));
      out.printf("first visible feedback:      %s%n", Percentiles.ofNanos(toArray(feedback)));
      out.printf(
          "complete answer:             %s (%d of %d answered)%n",
          Percentiles.ofNanos(toArray(complete)), complete.size(), events);
      out.printf("LLM stand-in time per call:  %s%n", Percentiles.ofNanos(llmTimes));
      out.printf("bot overhead (complete - LLM): %s%n", Percentiles.ofNanos(overhead));
      System.gc();
      out.printf("memory at end: %s%n", memory());
    }
    out.flush();
  }

  /**
   * A steady rate of mentions for {@code duration} while the LLM stand-in fails {@code failureRate}
   * of its calls in mixed ways: lost replies, duplicates, ack latency, memory at start and end.
   */
  public void soak(Duration duration, int perSecond, double failureRate, Duration llmDelay)
      throws Exception {
    try (Rig rig =
        new Rig(
            base,
            wiring,
            new StandIns.Llm(llmDelay, failureRate, Duration.ofSeconds(5)),
            Duration.ofSeconds(3))) {
      out.printf(
          "soak: %d mentions/s for %s, LLM stand-in %d ms failing %.0f%% (500, 429, hang, malformed, cut stream), %d cores%n",
          perSecond,
          duration,
          llmDelay.toMillis(),
          failureRate * 100,
          Runtime.getRuntime().availableProcessors());
      System.gc();
      out.printf("memory at start: %s%n", memory());
      out.flush();
      ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
      List<Future<long[]>> acks = new ArrayList<>();
      long start = System.nanoTime();
      long periodNanos = 1_000_000_000L / perSecond;
      int sent = 0;
      long nextReport = start + Duration.ofMinutes(1).toNanos();
      while (System.nanoTime() - start < duration.toNanos()) {
        int index = 100_000 + sent++;
        acks.add(senders.submit(() -> sendOne(rig.app, index)));
        long next = start + sent * periodNanos;
        long wait = next - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        if (System.nanoTime() > nextReport) {
          out.printf(
              "  after %d min: %d sent, %d answered, %s%n",
              Duration.ofNanos(System.nanoTime() - start).toMinutes(),
              sent,
              rig.slack.finalAnswerNanos.size(),
              memory());
          out.flush();
          nextReport += Duration.ofMinutes(1).toNanos();
        }
      }
      long[] ack = new long[acks.size()];
      for (int i = 0; i < ack.length; i++) {
        ack[i] = acks.get(i).get()[2];
      }
      waitForAnswers(rig.slack, sent, Duration.ofSeconds(120));
      long duplicates =
          rig.slack.finalsPerThread.values().stream().filter(n -> n.get() > 1).count();
      out.printf(
          "sent %d, answered %d, lost %d, duplicated %d%n",
          sent,
          rig.slack.finalAnswerNanos.size(),
          sent - rig.slack.finalAnswerNanos.size(),
          duplicates);
      out.printf("ack latency: %s%n", Percentiles.ofNanos(ack));
      System.gc();
      out.printf("memory at end: %s%n", memory());
      senders.shutdown();
    }
    out.flush();
  }

  private static long[] toArray(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).toArray();
  }

  /** Sends one signed event; returns [index, sentNanos, ackNanos]. */
  private static long[] sendOne(SlackRig app, int index) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> response = app.post(event(index), "application/json", Map.of());
    long ack = System.nanoTime() - start;
    if (response.statusCode() != 200) {
      throw new IllegalStateException("event " + index + " got HTTP " + response.statusCode());
    }
    return new long[] {index, start, ack};
  }

  /** Sends events {@code from..from+count} at once; returns [index, sentNanos, ackNanos] each. */
  private static List<long[]> send(SlackRig app, int from, int count) throws Exception {
    ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    List<Future<long[]>> futures = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      int index = i;
      futures.add(senders.submit(() -> sendOne(app, index)));
    }
    List<long[]> results = new ArrayList<>();
    for (Future<long[]> f : futures) {
      results.add(f.get());
    }
    senders.shutdown();
    return results;
  }

  private static void waitForAnswers(StandIns.Slack slack, int expected, Duration limit)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (slack.finalAnswerNanos.size() < expected && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  private static String threadTs(long index) {
    return "1700000000." + String.format("%06d", index);
  }

  private static String event(long index) {
    String ts = threadTs(index);
    return """
        {"token":"t","team_id":"T0001","api_app_id":"A0001","type":"event_callback","event_id":"EvBENCH%d","event_time":1700000000,
         "event":{"type":"app_mention","user":"U0ALICE","text":"<@UBOT> How should we define SLOs for a payment API?","ts":"%s","channel":"C0001","event_ts":"%s"}}
        """
        .formatted(index, ts, ts);
  }

  private static String memory() {
    Runtime rt = Runtime.getRuntime();
    long heap = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    String rss = "n/a";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          rss = line.substring(6).strip();
        }
      }
    } catch (java.io.IOException e) {
      rss = "n/a (" + e.getMessage() + ")";
    }
    // Resident memory is heap committed + metaspace, code cache, thread stacks and native
    // buffers: printing the first two shows which part moves.
    long committed = rt.totalMemory() / (1024 * 1024);
    long nonHeap =
        java.lang.management.ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage().getUsed()
            / (1024 * 1024);
    return "heap used %d MB (committed %d MB), non-heap %d MB, threads %d, resident %s"
        .formatted(
            heap,
            committed,
            nonHeap,
            java.lang.management.ManagementFactory.getThreadMXBean().getThreadCount(),
            rss);
  }
}
