package dev.platformconsultant.cli;

import dev.platformconsultant.app.Services;
import dev.platformconsultant.audit.AuditInputs;
import dev.platformconsultant.audit.Auditor;
import dev.platformconsultant.security.Redactor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Write the audit report: a SWOT with evidence, risks and recommendations.",
      "Sections (executive summary, current state, SWOT with evidence, risks by",
      "consequence, recommendations) from the team's latest assessment, design reviews and notes.",
      "Saved as Markdown, HTML and JSON under CONSULTANT_DATA_DIR/deliverables/audit/<id>/."
    })
final class AuditCommand implements Callable<Integer>, ConsultantCommand.ServicesAware {
  static final long MAX_BYTES = 1_000_000;
  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(names = "--team", description = "The team audited (its latest assessment is used).")
  String team;

  @Option(names = "--assessment", paramLabel = "ID", description = "Use this assessment.")
  String assessment;

  @Option(
      names = "--review",
      paramLabel = "FILE",
      description = "A design document to review for the audit (repeatable).")
  List<Path> reviews = new ArrayList<>();

  @Option(
      names = "--notes",
      paramLabel = "FILE",
      description = "Notes to read: interviews, an incident review, a thread (repeatable).")
  List<Path> notes = new ArrayList<>();

  @Option(
      names = "--repo",
      paramLabel = "PATH|URL",
      description = "A repository to scan for evidence (repeatable): see `consultant scan`.")
  List<String> repos = new ArrayList<>();

  @Option(names = "--language", paramLabel = "en|fr", description = "The report's language.")
  String language;

  @Option(names = "--json", description = "Print the audit record as JSON.")
  boolean json;

  @Option(names = "--out", paramLabel = "DIR", description = "Also write the files to DIR.")
  Path out;

  AuditCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Services app = context.services().get();
    PrintWriter err = spec.commandLine().getErr();
    List<AuditInputs.Named<String>> designs = read(reviews, app.redactor(), err);
    List<AuditInputs.Named<String>> noteTexts = read(notes, app.redactor(), err);
    Auditor.Outcome outcome;
    try {
      outcome =
          app.auditor()
              .audit(
                  new Auditor.Request(
                      Optional.ofNullable(team),
                      Optional.ofNullable(assessment),
                      designs,
                      noteTexts,
                      LanguageOption.parse(language),
                      repos));
    } catch (Auditor.NoEvidence e) {
      throw new ConsultantCommand.UsageProblem(e.getMessage());
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(
        json
            ? Files.readString(outcome.folder().resolve("audit.json")).strip()
            : outcome.markdown());
    stdout.flush();
    err.println("saved: " + outcome.folder());
    if (out != null) {
      Files.createDirectories(out);
      try (Stream<Path> files = Files.list(outcome.folder())) {
        for (Path f : files.toList()) {
          Files.copy(f, out.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      err.println("written: " + out.toAbsolutePath());
    }
    if (outcome.audit().warning() != null) {
      err.println("warning: " + outcome.audit().warning());
    }
    err.flush();
    return 0;
  }

  /**
   * Each file's text, redacted, named by its file name; a missing or binary file is a usage error.
   */
  static List<AuditInputs.Named<String>> read(List<Path> files, Redactor redactor, PrintWriter err)
      throws IOException {
    List<AuditInputs.Named<String>> texts = new ArrayList<>();
    for (Path file : files) {
      byte[] bytes;
      try {
        if (Files.size(file) > MAX_BYTES) {
          throw new ConsultantCommand.UsageProblem(file + " is larger than 1 MB");
        }
        bytes = Files.readAllBytes(file);
      } catch (NoSuchFileException e) {
        throw new ConsultantCommand.UsageProblem("no such file: " + file);
      }
      for (byte b : bytes) {
        if (b == 0) {
          throw new ConsultantCommand.UsageProblem(
              file + " is a binary file; give Markdown or text");
        }
      }
      Redactor.Result redacted = redactor.redact(new String(bytes, StandardCharsets.UTF_8));
      if (redacted.redacted()) {
        err.println("note: " + file.getFileName() + ": " + Redactor.notice(redacted));
      }
      if (redacted.text().isBlank()) {
        throw new ConsultantCommand.UsageProblem(file + " is empty");
      }
      texts.add(new AuditInputs.Named<>(file.getFileName().toString(), redacted.text()));
    }
    return texts;
  }
}
