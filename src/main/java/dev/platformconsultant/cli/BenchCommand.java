package dev.platformconsultant.cli;

import dev.platformconsultant.app.Services;
import dev.platformconsultant.bench.RetrievalBenchmark;
import dev.platformconsultant.bench.SlackBenchmark;
import dev.platformconsultant.knowledge.EmbeddingModels;
import dev.platformconsultant.knowledge.KnowledgeDocument;
import dev.platformconsultant.knowledge.KnowledgeLoader;
import dev.platformconsultant.knowledge.MarkdownDocumentParser;
import dev.platformconsultant.text.TokenCounter;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks that print figures (never pass/fail).",
    subcommands = {
      BenchCommand.Retrieval.class,
      BenchCommand.Slack.class,
      BenchCommand.Soak.class,
      BenchCommand.Scan.class
    })
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "retrieval",
      mixinStandardHelpOptions = true,
      description = {
        "Index build time, query latency p50/p99 on the shipped base and on a synthetic base,",
        "and the cached start-up time of a whole `ask` process."
      })
  static final class Retrieval implements Callable<Integer>, ConsultantCommand.ServicesAware {
    private final CliContext context;

    @Spec CommandSpec spec;

    @Option(
        names = "--synthetic-chunks",
        defaultValue = "10000",
        description = "Size of the synthetic base (0 to skip; default ${DEFAULT-VALUE}).")
    int syntheticChunks;

    @Option(
        names = "--queries",
        defaultValue = "2000",
        description = "Timed queries per base (default ${DEFAULT-VALUE}).")
    int queries;

    @Option(
        names = "--startup-runs",
        defaultValue = "5",
        description = "Processes started to time `ask` (0 to skip; default ${DEFAULT-VALUE}).")
    int startupRuns;

    Retrieval(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      Services app = context.services().get();
      PrintWriter out = spec.commandLine().getOut();
      List<KnowledgeDocument> docs =
          new KnowledgeLoader(new MarkdownDocumentParser(new TokenCounter()))
              .load(app.settings().knowledgeDirs())
              .documents();
      var model =
          EmbeddingModels.load(app.settings().embeddings())
              .orElseThrow(
                  () ->
                      new ConsultantCommand.UsageProblem(
                          "embeddings are off (CONSULTANT_EMBEDDINGS): nothing to benchmark"));
      new RetrievalBenchmark(model, EmbeddingModels.NAME, out).run(docs, syntheticChunks, queries);
      if (startupRuns > 0 && !context.selfCommand().isEmpty()) {
        List<String> ask = new ArrayList<>(context.selfCommand());
        ask.addAll(List.of("ask", "How should we define SLOs for a payment API?"));
        RetrievalBenchmark.measureStartUp(ask, Map.of("LLM_PROVIDER", "none"), startupRuns, out);
      }
      return 0;
    }
  }

  @Command(
      name = "slack",
      mixinStandardHelpOptions = true,
      description = {
        "The Slack app in HTTP mode under N concurrent signed mentions, with loopback stand-ins for",
        "Slack and a slow LLM: ack latency, first feedback, complete answer, overhead, memory."
      })
  static final class Slack implements Callable<Integer>, ConsultantCommand.ServicesAware {
    private final CliContext context;

    @Spec CommandSpec spec;

    @Option(
        names = "--events",
        defaultValue = "100",
        description = "Concurrent mentions (default ${DEFAULT-VALUE}).")
    int events;

    @Option(
        names = "--llm-delay-ms",
        defaultValue = "2000",
        description = "The LLM stand-in's time before it streams (default ${DEFAULT-VALUE}).")
    long llmDelayMs;

    Slack(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws Exception {
      new SlackBenchmark(spec.commandLine().getOut(), context.settings().get(), context.wiring())
          .run(events, Duration.ofMillis(llmDelayMs));
      return 0;
    }
  }

  @Command(
      name = "soak",
      mixinStandardHelpOptions = true,
      description = {
        "A steady rate of mentions for minutes while the LLM stand-in fails in mixed ways: lost",
        "replies, duplicates, ack latency, heap and RSS at start and end."
      })
  static final class Soak implements Callable<Integer>, ConsultantCommand.ServicesAware {
    private final CliContext context;

    @Spec CommandSpec spec;

    @Option(
        names = "--minutes",
        defaultValue = "10",
        description = "How long (default ${DEFAULT-VALUE}).")
    int minutes;

    @Option(
        names = "--rate",
        defaultValue = "5",
        description = "Mentions per second (default ${DEFAULT-VALUE}).")
    int rate;

    @Option(
        names = "--failure-rate",
        defaultValue = "0.2",
        description = "Share of LLM calls that fail (default ${DEFAULT-VALUE}).")
    double failureRate;

    @Option(
        names = "--llm-delay-ms",
        defaultValue = "1000",
        description = "The LLM stand-in's time before it streams (default ${DEFAULT-VALUE}).")
    long llmDelayMs;

    Soak(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws Exception {
      new SlackBenchmark(spec.commandLine().getOut(), context.settings().get(), context.wiring())
          .soak(Duration.ofMinutes(minutes), rate, failureRate, Duration.ofMillis(llmDelayMs));
      return 0;
    }
  }

  @Command(
      name = "scan",
      mixinStandardHelpOptions = true,
      description = {
        "Time `consultant scan` on a generated repository (default 10,000 files, 20,000 commits);",
        "prints the time and heap of each run."
      })
  static final class Scan implements Callable<Integer>, ConsultantCommand.ServicesAware {
    private final CliContext context;

    @Spec CommandSpec spec;

    @Option(names = "--files", description = "Files at HEAD (default 10000).")
    int files = 10_000;

    @Option(names = "--commits", description = "Commits in the history (default 20000).")
    int commits = 20_000;

    @Option(names = "--runs", description = "Scans to time (default 3).")
    int runs = 3;

    Scan(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws Exception {
      java.nio.file.Path dir =
          java.nio.file.Files.createTempDirectory(
              java.nio.file.Files.createDirectories(context.settings().get().dataDir()),
              "bench-scan-");
      try {
        new dev.platformconsultant.bench.ScanBenchmark(spec.commandLine().getOut())
            .run(dir, files, commits, runs);
      } finally {
        try (var paths = java.nio.file.Files.walk(dir)) {
          paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      return 0;
    }
  }
}
