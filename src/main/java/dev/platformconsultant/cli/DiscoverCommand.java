package dev.platformconsultant.cli;

import dev.platformconsultant.discovery.DiscoveryQuestions;
import dev.platformconsultant.discovery.ProjectContextWriter;
import dev.platformconsultant.security.Redactor;
import dev.platformconsultant.text.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "discover",
    mixinStandardHelpOptions = true,
    description = {
      "Tell the consultant about your team: ten questions become its project context.",
      "The interview (business, teams, stack, clouds,",
      "constraints, pain points, goals, known metrics) becomes the project context every answer is",
      "grounded in. Vague answers are asked once more with an example; secrets are redacted; the",
      "result is shown before it is saved (to CONSULTANT_PROJECT_CONTEXT, by default",
      "CONSULTANT_DATA_DIR/project-context.md)."
    })
final class DiscoverCommand implements Callable<Integer>, ConsultantCommand.ServicesAware {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(names = "--language", paramLabel = "en|fr", description = "The interview's language.")
  String language;

  @Option(names = "--out", paramLabel = "FILE", description = "Save here instead.")
  Path out;

  @Option(names = "--yes", description = "Save without asking for confirmation.")
  boolean yes;

  DiscoverCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Language l = LanguageOption.parse(language).orElse(Language.EN);
    PrintWriter ask = spec.commandLine().getErr();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
    Redactor redactor = new Redactor();
    ask.println(
        l == Language.FR
            ? "Quelques questions sur votre équipe (Entrée pour passer une question)."
            : "A few questions about your team (Enter to skip one).");
    Map<String, String> answers = new LinkedHashMap<>();
    DiscoveryQuestions.Section section = null;
    int n = 0;
    for (DiscoveryQuestions.Entry q : DiscoveryQuestions.ALL) {
      if (q.section() != section) {
        section = q.section();
        ask.printf("%n== %s ==%n", section.title(l));
      }
      n++;
      String answer =
          line(ask, in, "[%d/%d] %s%n> ".formatted(n, DiscoveryQuestions.ALL.size(), q.text(l)));
      int minWords = q.id().equals("organisation") ? 1 : 4;
      if (DiscoveryQuestions.vague(answer, minWords)) {
        // One follow-up only: an interview that insists loses the person answering.
        String more =
            line(
                ask,
                in,
                (l == Language.FR
                        ? "Pouvez-vous préciser ? %s%n> "
                        : "Could you say a little more? %s%n> ")
                    .formatted(q.example(l)));
        if (!more.isBlank()) {
          // The fuller answer replaces a vague one ("not sure", "six teams").
          answer = more;
        }
      }
      Redactor.Result redacted = redactor.redact(answer);
      if (redacted.redacted()) {
        ask.println("  note: " + Redactor.notice(redacted));
      }
      answers.put(q.id(), redacted.text());
    }
    String markdown = ProjectContextWriter.render(answers, l, LocalDate.now(ZoneOffset.UTC));
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(markdown);
    stdout.flush();
    Path target = out != null ? out : context.settings().get().projectContext();
    if (!yes) {
      String confirm =
          line(
              ask,
              in,
              (l == Language.FR
                      ? "Enregistrer ce contexte dans %s%s ? [o/N] "
                      : "Save this context to %s%s? [y/N] ")
                  .formatted(
                      target,
                      Files.exists(target)
                          ? (l == Language.FR
                              ? " (l'ancien est gardé en .bak)"
                              : " (the old one is kept as .bak)")
                          : ""));
      if (!confirm.strip().toLowerCase(Locale.ROOT).matches("y|yes|o|oui")) {
        ask.println(l == Language.FR ? "Rien n'a été enregistré." : "Nothing was saved.");
        ask.flush();
        return 0;
      }
    }
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    if (Files.exists(target)) {
      Files.copy(
          target,
          target.resolveSibling(target.getFileName() + ".bak"),
          StandardCopyOption.REPLACE_EXISTING);
    }
    Path aside = Files.createTempFile(parent, ".project-context-", ".md");
    Files.writeString(aside, markdown, StandardCharsets.UTF_8);
    Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    ask.println((l == Language.FR ? "Enregistré : " : "Saved: ") + target);
    ask.flush();
    return 0;
  }

  /** The next line; the interview ending early is a usage error and nothing is saved. */
  private static String line(PrintWriter ask, BufferedReader in, String prompt) throws IOException {
    ask.print(prompt);
    ask.flush();
    String line = in.readLine();
    if (line == null) {
      ask.println();
      throw new ConsultantCommand.UsageProblem(
          "the answers ended before the interview did; nothing was saved");
    }
    return line;
  }
}
