package dev.platformconsultant.cli;

import dev.platformconsultant.assessment.Answer;
import dev.platformconsultant.assessment.Answers;
import dev.platformconsultant.assessment.AnswersFile;
import dev.platformconsultant.assessment.Assessment;
import dev.platformconsultant.assessment.AssessmentHistory;
import dev.platformconsultant.assessment.Assessor;
import dev.platformconsultant.assessment.Benchmarks;
import dev.platformconsultant.assessment.Choice;
import dev.platformconsultant.assessment.InvalidAnswersException;
import dev.platformconsultant.assessment.Question;
import dev.platformconsultant.assessment.Questionnaire;
import dev.platformconsultant.assessment.Section;
import dev.platformconsultant.assessment.Teams;
import dev.platformconsultant.assessment.TypedAnswers;
import dev.platformconsultant.text.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    subcommands = {AssessCommand.ListCommand.class, AssessCommand.ShowCommand.class},
    description = {
      "Assess a team's platform maturity: DORA delivery performance and the CNCF model.",
      "DORA metrics are scored as DORA's Quick Check scores them, against its published",
      "distribution; the CNCF platform engineering maturity model; and the",
      "capabilities that drive delivery. Asks the questions in the terminal (numbered choices; reads",
      "answers line by line when standard input is not a terminal), or reads --answers FILE.yaml.",
      "The record, report and charts are saved under CONSULTANT_DATA_DIR/assessments/<team>/."
    })
final class AssessCommand implements Callable<Integer>, ConsultantCommand.ServicesAware {
  static final long MAX_BYTES = 100_000;
  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(names = "--team", description = "The team's name (asked when missing).")
  String team;

  @Option(
      names = "--answers",
      paramLabel = "FILE",
      description = "Read the answers from a YAML file (schema in the README) instead of asking.")
  Path answersFile;

  @Option(
      names = "--metrics",
      paramLabel = "FILE",
      description =
          "Measured DORA values (YAML: question id → number in its unit) replacing the answers.")
  Path metricsFile;

  @Option(
      names = "--language",
      paramLabel = "en|fr",
      description = "The questions' and report's language when asking (default: en).")
  String language;

  @Option(names = "--json", description = "Print the record as JSON instead of the report.")
  boolean json;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Also write the report and the charts to this directory.")
  Path out;

  AssessCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Assessor assessor = context.services().get().assessor();
    Questionnaire questionnaire = assessor.questionnaire();
    AnswersFile files = new AnswersFile(questionnaire);
    Answers answers;
    try {
      answers =
          answersFile != null
              ? files.read(read(answersFile), Optional.ofNullable(team))
              : new TerminalInterview(questionnaire, in(), spec.commandLine().getErr())
                  .run(Optional.ofNullable(team), LanguageOption.parse(language));
      if (metricsFile != null) {
        answers = files.withMeasured(answers, read(metricsFile));
      }
    } catch (InvalidAnswersException e) {
      throw new ConsultantCommand.UsageProblem(
          (answersFile != null ? answersFile + ": " : "") + e.getMessage());
    }
    Assessor.Outcome outcome = assessor.assess(answers);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(json ? AssessmentHistory.json(outcome.assessment()).strip() : outcome.report());
    stdout.flush();
    PrintWriter err = spec.commandLine().getErr();
    err.println("saved: " + outcome.folder());
    if (out != null) {
      Files.createDirectories(out);
      try (Stream<Path> files2 = Files.list(outcome.folder())) {
        for (Path f : files2.toList()) {
          Files.copy(f, out.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      err.println("written: " + out.toAbsolutePath());
    }
    Assessment.Narrative n = outcome.assessment().narrative();
    if (n != null && n.warning() != null) {
      err.println("warning: " + n.warning());
    }
    err.flush();
    return 0;
  }

  private BufferedReader in() {
    return new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
  }

  static String read(Path file) throws IOException {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new ConsultantCommand.UsageProblem(file + " is larger than 100 KB");
      }
      byte[] bytes = Files.readAllBytes(file);
      for (byte b : bytes) {
        if (b == 0) {
          throw new ConsultantCommand.UsageProblem(file + " is a binary file; give a YAML file");
        }
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ConsultantCommand.UsageProblem("no such file: " + file);
    }
  }

  /** Asks the questions one by one on standard error, reading the answers from standard input. */
  static final class TerminalInterview {
    private final Questionnaire questionnaire;
    private final BufferedReader in;
    private final PrintWriter ask;

    TerminalInterview(Questionnaire questionnaire, BufferedReader in, PrintWriter ask) {
      this.questionnaire = questionnaire;
      this.in = in;
      this.ask = ask;
    }

    Answers run(Optional<String> givenTeam, Optional<Language> givenLanguage)
        throws IOException, InvalidAnswersException {
      boolean terminal = System.console() != null;
      Language l = givenLanguage.orElse(Language.EN);
      String team = givenTeam.orElse(null);
      while (team == null) {
        String typed = line(w(l, "Team name: ", "Nom de l'équipe : "), "team");
        String problem = Teams.problem(typed);
        if (problem == null) {
          team = typed.strip();
        } else if (terminal) {
          ask.println("  " + problem);
        } else {
          throw new InvalidAnswersException("team", problem);
        }
      }
      String teamProblem = Teams.problem(team);
      if (teamProblem != null) {
        throw new InvalidAnswersException("--team", teamProblem);
      }
      Map<String, Answer> answers = new LinkedHashMap<>();
      List<Question> required =
          questionnaire.questions().stream()
              .filter(q -> q.section() != Section.CAPABILITIES)
              .toList();
      Section current = null;
      int n = 0;
      int total = required.size();
      for (Question q : required) {
        if (q.section() != current) {
          current = q.section();
          ask.printf("%n== %s ==%n", current.title(l));
        }
        answers.put(q.id(), ask(q, ++n, total, l, terminal));
      }
      List<Question> capabilities = questionnaire.in(Section.CAPABILITIES);
      String more =
          line(
              w(
                      l,
                      "%nRate %d capability statements too, to rank what to improve first? [y/N] ",
                      "%nNoter aussi %d affirmations sur vos capacités, pour classer les priorités ? [o/N] ")
                  .formatted(capabilities.size()),
              "capabilities");
      if (more.strip().toLowerCase(Locale.ROOT).matches("y|yes|o|oui")) {
        ask.printf("%n== %s ==%n", Section.CAPABILITIES.title(l));
        int c = 0;
        for (Question q : capabilities) {
          answers.put(q.id(), ask(q, ++c, capabilities.size(), l, terminal));
        }
      }
      Benchmarks b = questionnaire.benchmarks();
      Optional<String> industry =
          group(w(l, "Industry", "Secteur"), b.industries(), l, terminal, "industry");
      Optional<String> size =
          group(
              w(l, "Organisation size", "Taille de l'organisation"),
              b.organisationSizes(),
              l,
              terminal,
              "organisation_size");
      return new Answers(team, answers, industry, size, l);
    }

    private Answer ask(Question q, int n, int total, Language l, boolean terminal)
        throws IOException, InvalidAnswersException {
      ask.printf("%n[%d/%d] %s%n%s%n", n, total, q.name(l), q.text(l));
      String prompt;
      if (q.kind() == Question.Kind.PERCENT) {
        prompt = w(l, "A percentage from 0 to 100: ", "Un pourcentage de 0 à 100 : ");
      } else {
        for (int i = 0; i < q.choices().size(); i++) {
          Choice c = q.choices().get(i);
          ask.printf("  %d) %s%n", i + 1, c.label().in(l));
          c.detail().ifPresent(d -> ask.printf("     %s%n", d.in(l)));
        }
        prompt =
            w(l, "Your answer (1-%d): ", "Votre réponse (1-%d) : ").formatted(q.choices().size());
      }
      while (true) {
        String typed = line(prompt, "answers." + q.id());
        try {
          return TypedAnswers.parse(q, typed, "answers." + q.id());
        } catch (InvalidAnswersException e) {
          if (!terminal) {
            throw e;
          }
          ask.println("  " + e.getMessage());
        }
      }
    }

    private Optional<String> group(
        String name, List<Benchmarks.Group> groups, Language l, boolean terminal, String field)
        throws IOException, InvalidAnswersException {
      if (groups.isEmpty()) {
        return Optional.empty();
      }
      ask.printf(
          "%n%s %s%n",
          name,
          w(
              l,
              "(to compare with DORA's respondents of the same kind; Enter to skip):",
              "(pour comparer avec les répondants DORA du même type ; Entrée pour passer) :"));
      for (int i = 0; i < groups.size(); i++) {
        ask.printf("  %d) %s%n", i + 1, groups.get(i).name().in(l));
      }
      while (true) {
        String typed = line("> ", field).strip();
        if (typed.isEmpty()) {
          return Optional.empty();
        }
        try {
          int n = Integer.parseInt(typed);
          if (n >= 1 && n <= groups.size()) {
            return Optional.of(groups.get(n - 1).id());
          }
        } catch (NumberFormatException e) {
          Optional<String> byId =
              groups.stream().map(Benchmarks.Group::id).filter(typed::equals).findFirst();
          if (byId.isPresent()) {
            return byId;
          }
        }
        String problem =
            "'%s' is not a choice; it accepts 1-%d, or Enter".formatted(typed, groups.size());
        if (!terminal) {
          throw new InvalidAnswersException(field, problem);
        }
        ask.println("  " + problem);
      }
    }

    /** The next line, or a clear error when the answers end early (nothing is saved then). */
    private String line(String prompt, String field) throws IOException, InvalidAnswersException {
      ask.print(prompt);
      ask.flush();
      String line = in.readLine();
      if (line == null) {
        ask.println();
        ask.flush();
        throw new InvalidAnswersException(
            field, "the answers ended before this question; nothing was saved");
      }
      return line;
    }

    private static String w(Language l, String en, String fr) {
      return l == Language.FR ? fr : en;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "The saved assessments, newest last, with their overall scores.")
  static final class ListCommand implements Callable<Integer>, ConsultantCommand.ServicesAware {
    private final CliContext context;

    @Spec CommandSpec spec;

    @Option(names = "--team", description = "Only this team's.")
    String team;

    ListCommand(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      AssessmentHistory history = context.services().get().assessor().history();
      PrintWriter out = spec.commandLine().getOut();
      List<String> teams = team == null ? history.teams() : List.of(Teams.slug(team));
      int count = 0;
      for (String t : teams) {
        for (Assessment a : history.of(t)) {
          out.printf(
              "%-40s  %-20s  %s  DORA %s/10  CNCF %s%n",
              a.id(),
              a.team(),
              a.takenAt().substring(0, 10),
              a.dora().overall(),
              String.join(
                  " ",
                  a.results().stream()
                      .filter(r -> r.section().equals("cncf"))
                      .map(r -> String.valueOf((int) r.score()))
                      .toList()));
          count++;
        }
      }
      if (count == 0) {
        out.println(
            team == null
                ? "No assessment yet: run `consultant assess`."
                : "No assessment of " + team + " yet.");
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Print a saved assessment's report (or its record with --json).")
  static final class ShowCommand implements Callable<Integer>, ConsultantCommand.ServicesAware {
    private final CliContext context;

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The assessment's id, as `assess list` prints it.")
    String id;

    @Option(names = "--json", description = "Print the record as JSON.")
    boolean json;

    ShowCommand(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws IOException {
      AssessmentHistory history = context.services().get().assessor().history();
      Path folder =
          history
              .folder(id)
              .orElseThrow(
                  () ->
                      new ConsultantCommand.UsageProblem(
                          "no assessment with id '%s'; `consultant assess list` lists them"
                              .formatted(id)));
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          Files.readString(
              folder.resolve(json ? AssessmentHistory.RECORD : AssessmentHistory.REPORT),
              StandardCharsets.UTF_8));
      out.flush();
      spec.commandLine().getErr().println("folder: " + folder);
      return 0;
    }
  }
}
