package dev.platformconsultant.cli;

import dev.platformconsultant.knowledge.Passage;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Print a cited passage by its id (doc-id#section-slug).")
final class ShowCommand implements Callable<Integer>, ConsultantCommand.ServicesAware {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "ID",
      description = "A passage id as cited, e.g. slo-error-budgets#error-budget-policy.")
  String id;

  ShowCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Passage p =
        context
            .services()
            .get()
            .knowledge()
            .passage(id.strip())
            .orElseThrow(
                () ->
                    new ConsultantCommand.UsageProblem(
                        "no passage with id '%s'; find ids with: consultant search \"...\""
                            .formatted(id)));
    PrintWriter out = spec.commandLine().getOut();
    out.printf("# %s > %s%n%n%s%n%n(%s, %s)%n", p.title(), p.heading(), p.text(), p.id(), p.path());
    out.flush();
    return 0;
  }
}
