package dev.platformconsultant.cli;

import dev.platformconsultant.ops.UsageLog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "usage",
    mixinStandardHelpOptions = true,
    description = "Requests and estimated LLM cost per day and channel, from the data directory.")
final class UsageCommand implements Callable<Integer>, ConsultantCommand.ServicesAware {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(
      names = "--days",
      defaultValue = "30",
      description = "How many days back (default ${DEFAULT-VALUE}).")
  int days;

  UsageCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (days < 1 || days > 3660) {
      throw new ConsultantCommand.UsageProblem("--days must be between 1 and 3660");
    }
    spec.commandLine()
        .getOut()
        .println(UsageLog.table(context.services().get().usage().summary(days)));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
