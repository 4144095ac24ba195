package dev.platformconsultant.cli;

import dev.platformconsultant.config.SlackSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "slack-manifest",
    mixinStandardHelpOptions = true,
    description = {
      "Print the Slack app manifest (YAML) with the configured command names,",
      "to paste in https://api.slack.com/apps > Create New App > From a manifest."
    })
final class ManifestCommand implements Callable<Integer>, ConsultantCommand.ServicesAware {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(
      names = "--request-url",
      description = "For HTTP mode: the public URL of /slack/events (Socket Mode when omitted).")
  String requestUrl;

  @Parameters(
      arity = "0..1",
      paramLabel = "NAME",
      defaultValue = "Platform Consultant",
      description = "The app's display name.")
  String name;

  ManifestCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    SlackSettings.Commands commands = context.settings().get().slack().commands();
    String template;
    try (InputStream in = ManifestCommand.class.getResourceAsStream("/slack/manifest.yml")) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    boolean http = requestUrl != null && !requestUrl.isBlank();
    String urlLine = http ? "\n      url: " + requestUrl : "";
    String requestUrlLine = http ? "\n    request_url: " + requestUrl : "";
    String manifest =
        template
            .replace("{{name}}", name)
            .replace("{{consult}}", commands.consult())
            .replace("{{review}}", commands.review())
            .replace("{{adr}}", commands.adr())
            .replace("{{socket_mode}}", http ? "false" : "true")
            .replace("{{url_line}}", urlLine)
            .replace("{{request_url_line}}", requestUrlLine);
    spec.commandLine().getOut().print(manifest);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
