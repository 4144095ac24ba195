package dev.platformconsultant.cli;

import ch.qos.logback.classic.Level;
import dev.platformconsultant.app.Services;
import dev.platformconsultant.config.InvalidSettingException;
import dev.platformconsultant.config.Settings;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code consultant} command and its sub-commands. Exit codes: 0 ok, 2 usage or configuration
 * error, 1 runtime failure, with a one-line reason on stderr (a stack trace only with --verbose).
 */
@Command(
    name = "consultant",
    mixinStandardHelpOptions = true,
    version = "Platform Consultant 0.1.0",
    description = "An external Platform Engineering consultant, grounded in a knowledge base.",
    subcommands = {
      AskCommand.class,
      ChatCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      ReviewCommand.class,
      RedactCommand.class,
      UsageCommand.class,
      AdrCommand.class,
      AssessCommand.class,
      AuditCommand.class,
      RoadmapCommand.class,
      BusinessCaseCommand.class,
      DiscoverCommand.class,
      ScanCommand.class,
      ServeCommand.class,
      ManifestCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ConsultantCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-v", "--verbose"},
      scope = CommandLine.ScopeType.INHERIT,
      description = "Log what happens, and print stack traces on failure.")
  void verbose(boolean verbose) {
    this.verbose = verbose;
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(verbose ? Level.DEBUG : Level.WARN);
  }

  boolean verbose;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The command line, with {@code services} built on first use so --help needs no configuration.
   */
  public static CommandLine commandLine(
      Supplier<Settings> settings, Function<Settings, Services> wiring, java.io.InputStream in) {
    return commandLine(settings, wiring, in, List.of());
  }

  /**
   * As above; {@code selfCommand} starts this program again (java, its options, class path and main
   * class), for the benchmark that times whole processes.
   */
  public static CommandLine commandLine(
      Supplier<Settings> settings,
      Function<Settings, Services> wiring,
      java.io.InputStream in,
      List<String> selfCommand) {
    Supplier<Settings> onceSettings = memoize(settings);
    CliContext context =
        new CliContext(
            onceSettings, memoize(() -> wiring.apply(onceSettings.get())), wiring, in, selfCommand);
    CommandLine cli =
        new CommandLine(
            new ConsultantCommand(),
            new CommandLine.IFactory() {
              @Override
              public <K> K create(Class<K> type) throws Exception {
                if (ServicesAware.class.isAssignableFrom(type)) {
                  return type.getDeclaredConstructor(CliContext.class).newInstance(context);
                }
                return CommandLine.defaultFactory().create(type);
              }
            });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          boolean verbose =
              commandLine.getCommandSpec().root().userObject() instanceof ConsultantCommand root
                  && root.verbose;
          if (e instanceof InvalidSettingException) {
            err.println("configuration error: " + e.getMessage());
            err.flush();
            return 2;
          }
          if (e instanceof UsageProblem) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
          }
          err.println(
              "error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
          if (verbose) {
            e.printStackTrace(err);
          }
          err.flush();
          return 1;
        });
    return cli;
  }

  private static <T> Supplier<T> memoize(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }

  /** Marks a sub-command built with the services supplier. */
  interface ServicesAware {}

  /** A problem with what the user typed, found after parsing (an empty question, an unknown id). */
  static final class UsageProblem extends RuntimeException {
    UsageProblem(String message) {
      super(message);
    }
  }
}
