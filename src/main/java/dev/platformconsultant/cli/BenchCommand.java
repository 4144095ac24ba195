package dev.platformconsultant.cli;

import dev.platformconsultant.Main;
import dev.platformconsultant.Services;
import dev.platformconsultant.knowledge.KnowledgeDocument;
import dev.platformconsultant.knowledge.KnowledgeLoader;
import dev.platformconsultant.knowledge.MarkdownDocumentParser;
import dev.platformconsultant.ops.RetrievalBenchmark;
import dev.platformconsultant.text.TokenCounter;
import java.io.PrintWriter;
import java.nio.file.Path;
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
    subcommands = {BenchCommand.Retrieval.class, BenchCommand.Slack.class, BenchCommand.Soak.class})
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
          Main.embeddingModel(app.settings())
              .orElseThrow(
                  () ->
                      new ConsultantCommand.UsageProblem(
                          "embeddings are off (CONSULTANT_EMBEDDINGS): nothing to benchmark"));
      new RetrievalBenchmark(model, Main.EMBEDDING_MODEL, out).run(docs, syntheticChunks, queries);
      if (startupRuns > 0) {
        RetrievalBenchmark.measureStartUp(
            askCommand(), Map.of("LLM_PROVIDER", "none"), startupRuns, out);
      }
      return 0;
    }

    private static List<String> askCommand() {
      String java = ProcessHandle.current().info().command().orElse("java");
      String jar;
      try {
        jar =
            Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
      } catch (java.net.URISyntaxException e) {
        throw new IllegalStateException(e);
      }
      List<String> command = new ArrayList<>(List.of(java));
      command.addAll(
          ProcessHandle.current()
              .info()
              .arguments()
              .map(args -> jvmOptions(args))
              .orElse(List.of()));
      command.addAll(
          List.of(
              "-cp",
              jar,
              Main.class.getName(),
              "ask",
              "How should we define SLOs for a payment API?"));
      return command;
    }

    /** The options this JVM was started with (heap, GC), so the child starts the same way. */
    private static List<String> jvmOptions(String[] args) {
      List<String> options = new ArrayList<>();
      for (String a : args) {
        if (a.equals("-jar") || a.equals("-cp") || a.equals("-classpath") || !a.startsWith("-")) {
          break;
        }
        options.add(a);
      }
      return options;
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
      new dev.platformconsultant.ops.SlackBenchmark(spec.commandLine().getOut())
          .run(benchEnv(context.settings().get()), events, java.time.Duration.ofMillis(llmDelayMs));
      return 0;
    }
  }

  /** The settings a Slack benchmark's app starts from: this checkout's prompts and knowledge. */
  static Map<String, String> benchEnv(dev.platformconsultant.config.Settings settings) {
    Map<String, String> env = new java.util.HashMap<>();
    env.put("CONSULTANT_PROMPTS_DIR", settings.promptsDir().toString());
    env.put("CONSULTANT_PROJECT_CONTEXT", settings.projectContext().toString());
    env.put(
        "CONSULTANT_KNOWLEDGE_DIR",
        String.join(",", settings.knowledgeDirs().stream().map(Object::toString).toList()));
    env.put("CONSULTANT_EMBEDDINGS", settings.embeddings() ? "on" : "off");
    return env;
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
      new dev.platformconsultant.ops.SlackBenchmark(spec.commandLine().getOut())
          .soak(
              benchEnv(context.settings().get()),
              java.time.Duration.ofMinutes(minutes),
              rate,
              failureRate,
              java.time.Duration.ofMillis(llmDelayMs));
      return 0;
    }
  }
}
