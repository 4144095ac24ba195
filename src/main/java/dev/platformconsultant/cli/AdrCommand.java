package dev.platformconsultant.cli;

import dev.platformconsultant.adr.AdrDraft;
import dev.platformconsultant.adr.AdrLog;
import dev.platformconsultant.adr.AdrRequest;
import dev.platformconsultant.adr.AdrTemplate;
import dev.platformconsultant.app.Services;
import dev.platformconsultant.security.Redactor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "adr",
    mixinStandardHelpOptions = true,
    description = {
      "Draft an Architecture Decision Record (MADR 4 by default, CONSULTANT_ADR_TEMPLATE=nygard|<file>);",
      "--save writes it to the ADR log (CONSULTANT_ADR_DIR) as NNNN-kebab-title.md."
    },
    subcommands = {AdrCommand.ListCommand.class})
final class AdrCommand implements Callable<Integer>, ConsultantCommand.ServicesAware {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "TITLE",
      description = "The decision, e.g. \"Use Kafka for order events\".")
  List<String> title;

  @Option(
      names = "--from",
      paramLabel = "FILE",
      description = "Notes or a discussion to draft from.")
  Path from;

  @Option(names = "--context", description = "The context and problem, if not in --from.")
  String contextText;

  @Option(names = "--options", description = "Options considered (comma or newline separated).")
  String options;

  @Option(names = "--drivers", description = "Decision drivers (comma or newline separated).")
  String drivers;

  @Option(
      names = "--decision",
      description = "The decision, if already taken (status becomes accepted).")
  String decision;

  @Option(names = "--save", description = "Write the draft to the ADR log.")
  boolean save;

  @Option(
      names = "--supersedes",
      paramLabel = "NNNN",
      description = "With --save: the record this one supersedes.")
  Integer supersedes;

  AdrCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    if (title == null || String.join(" ", title).isBlank()) {
      throw new ConsultantCommand.UsageProblem(
          "give the decision's title, e.g. consultant adr \"Use Kafka for order events\" (or: consultant adr list)");
    }
    if (supersedes != null && !save) {
      throw new ConsultantCommand.UsageProblem("--supersedes goes with --save");
    }
    String material = null;
    if (from != null) {
      try {
        material = Files.readString(from, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new ConsultantCommand.UsageProblem("no such file: " + from);
      }
    }
    AdrRequest request =
        AdrRequest.builder(String.join(" ", title))
            .context(contextText)
            .options(options)
            .drivers(drivers)
            .decision(decision)
            .material(material)
            .build();
    Services app = context.services().get();
    Redactor.Tally redaction = app.redactor().tally();
    request = request.mapText(redaction::apply);
    AdrDraft draft = app.drafter().draft(request);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (save) {
      AdrLog.Saved saved = app.adrLog().save(draft, Optional.ofNullable(supersedes));
      out.print(Files.readString(saved.file(), StandardCharsets.UTF_8));
      err.printf(
          "%s %s%s%n",
          saved.created() ? "saved as" : "already in the log as",
          saved.file(),
          saved.superseded().map(n -> " (supersedes %04d)".formatted(n)).orElse(""));
    } else {
      out.print(AdrTemplate.of(app.settings().adrTemplate()).render(draft));
    }
    out.flush();
    if (redaction.summary().redacted()) {
      err.println("note: " + Redactor.notice(redaction.summary()));
    }
    draft.warning().ifPresent(w -> err.println("warning: " + w));
    err.flush();
    return draft.warning().isPresent() ? 1 : 0;
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Print the ADR log: number, title, status, date.")
  static final class ListCommand implements Callable<Integer>, ConsultantCommand.ServicesAware {
    private final CliContext context;

    @Spec CommandSpec spec;

    ListCommand(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      AdrLog log = context.services().get().adrLog();
      PrintWriter out = spec.commandLine().getOut();
      List<AdrLog.Entry> entries = log.list();
      if (entries.isEmpty()) {
        out.println("The ADR log in " + log.directory() + " is empty.");
      }
      for (AdrLog.Entry e : entries) {
        out.printf("%04d  %-50s  %-12s  %s%n", e.number(), e.title(), e.status(), e.date());
      }
      out.flush();
      return 0;
    }
  }
}
