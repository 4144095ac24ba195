package dev.platformconsultant.cli;

import dev.platformconsultant.app.Services;
import dev.platformconsultant.config.SlackSettings;
import dev.platformconsultant.slack.SlackRunner;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the Slack app: Socket Mode by default (SLACK_BOT_TOKEN, SLACK_APP_TOKEN),",
      "or HTTP with SLACK_MODE=http (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, PORT, default 3000)."
    })
final class ServeCommand implements Callable<Integer>, ConsultantCommand.ServicesAware {
  private final CliContext context;

  @Spec CommandSpec spec;

  ServeCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    SlackSettings slack = context.settings().get().slack();
    List<String> problems = slack.problems();
    if (!problems.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      problems.forEach(p -> err.println("configuration error: " + p));
      err.println(
          "See README.md, \"Run it in your Slack workspace\"; `consultant slack-manifest` prints the app manifest.");
      err.flush();
      return 2;
    }
    Services app = context.services().get();
    app.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
    SlackRunner.serve(app, slack);
    return 0;
  }
}
