package dev.platformconsultant.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.platformconsultant.scan.RepositoryScanner;
import dev.platformconsultant.scan.ScanMarkdown;
import dev.platformconsultant.scan.ScanReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Read a repository's history and configuration for evidence; nothing in it runs.",
      "A path, or a git URL cloned without checkout, is read with JGit: delivery",
      "evidence from its history (deployments, lead time, failure proxies, rework, each with its",
      "rule) and its configuration (CI, containers, Kubernetes, Terraform, ownership, ADRs), each",
      "finding cited path:line@sha. Nothing in the repository runs."
    })
final class ScanCommand implements Callable<Integer>, ConsultantCommand.ServicesAware {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH|URL", description = "The repository.")
  String source;

  @Option(names = "--branch", description = "The branch (default: the repository's HEAD).")
  String branch;

  @Option(
      names = "--since",
      paramLabel = "DAYS",
      description = "The history window, e.g. 90d (default 90d).")
  String since = "90d";

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(
      names = "--metrics-out",
      paramLabel = "FILE",
      description = "Write the delivery figures for `consultant assess --metrics`.")
  Path metricsOut;

  ScanCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    int days = days(since);
    ScanReport report;
    try {
      report =
          new RepositoryScanner(
                  context.settings().get().dataDir().resolve("scans"), Clock.systemUTC())
              .scan(source, Optional.ofNullable(branch), days);
    } catch (RepositoryScanner.CannotScan e) {
      throw new ConsultantCommand.UsageProblem(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        json
            ? new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(report)
            : ScanMarkdown.render(report));
    out.flush();
    if (metricsOut != null) {
      Files.writeString(metricsOut, ScanMarkdown.metricsYaml(report), StandardCharsets.UTF_8);
      spec.commandLine().getErr().println("metrics: " + metricsOut);
    }
    return 0;
  }

  static int days(String since) {
    String t = since.strip().toLowerCase(java.util.Locale.ROOT);
    if (!t.matches("\\d{1,4}d?")) {
      throw new ConsultantCommand.UsageProblem(
          "--since: '%s' is not a window; it accepts a number of days such as 90d"
              .formatted(since));
    }
    int d = Integer.parseInt(t.replace("d", ""));
    if (d < 1 || d > 3650) {
      throw new ConsultantCommand.UsageProblem(
          "--since: %d days is outside 1 to 3650".formatted(d));
    }
    return d;
  }
}
