package dev.platformconsultant.cli;

import dev.platformconsultant.roadmap.Roadmapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "roadmap",
    mixinStandardHelpOptions = true,
    description = {
      "Turn an audit's recommendations into a prioritised roadmap.",
      "Each item has impact, effort, risk reduced, owner (Team",
      "Topologies), dependencies, placed in 0-30 days, 30-90 days and 3-12 months; an impact/effort",
      "matrix and a CSV for a tracker. Saved under CONSULTANT_DATA_DIR/deliverables/roadmap/<id>/."
    })
final class RoadmapCommand implements Callable<Integer>, ConsultantCommand.ServicesAware {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(names = "--audit", paramLabel = "ID", description = "The audit (default: the latest).")
  String audit;

  @Option(names = "--csv", description = "Print the CSV instead of the Markdown.")
  boolean csv;

  @Option(names = "--out", paramLabel = "DIR", description = "Also write the files to DIR.")
  Path out;

  RoadmapCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Roadmapper.Outcome outcome;
    try {
      outcome = context.services().get().roadmapper().roadmap(Optional.ofNullable(audit));
    } catch (Roadmapper.NoAudit e) {
      throw new ConsultantCommand.UsageProblem(e.getMessage());
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(
        csv
            ? new String(outcome.files().get("roadmap.csv"), StandardCharsets.UTF_8).strip()
            : outcome.markdown());
    stdout.flush();
    PrintWriter err = spec.commandLine().getErr();
    err.println("saved: " + outcome.folder());
    if (out != null) {
      Files.createDirectories(out);
      for (var file : outcome.files().entrySet()) {
        Files.write(out.resolve(file.getKey()), file.getValue());
      }
      err.println("written: " + out.toAbsolutePath());
    }
    err.flush();
    return 0;
  }
}
