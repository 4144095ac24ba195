package dev.platformconsultant.cli;

import dev.platformconsultant.security.Redactor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "redact",
    mixinStandardHelpOptions = true,
    description = {
      "Read text on standard input, write it with credentials replaced by [REDACTED:<type>].",
      "What was redacted (types and counts, never values) goes to standard error."
    })
final class RedactCommand implements Callable<Integer>, ConsultantCommand.ServicesAware {
  private final CliContext context;

  @Spec CommandSpec spec;

  RedactCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    String text = new String(context.in().readAllBytes(), StandardCharsets.UTF_8);
    Redactor.Result result = new Redactor().redact(text);
    PrintWriter out = spec.commandLine().getOut();
    out.print(result.text());
    out.flush();
    if (result.redacted()) {
      spec.commandLine().getErr().println(Redactor.notice(result));
    }
    return 0;
  }
}
