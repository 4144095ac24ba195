package dev.platformconsultant.cli;

import dev.platformconsultant.businesscase.BusinessCaseInputs;
import dev.platformconsultant.businesscase.BusinessCaseInputs.Field;
import dev.platformconsultant.businesscase.BusinessCaseInputsFile;
import dev.platformconsultant.businesscase.BusinessCaseInputsFile.InvalidInputsException;
import dev.platformconsultant.businesscase.BusinessCases;
import dev.platformconsultant.text.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "business-case",
    mixinStandardHelpOptions = true,
    description = {
      "Compute the business case (ROI) of a platform investment, in three scenarios.",
      "Costs, benefits, three",
      "scenarios, simple payback, break-even month, NPV and ROI, with the assumptions to confirm",
      "and who confirms them. Asks each input in the terminal (defaults in brackets; reads answers",
      "line by line when standard input is not a terminal), or reads --inputs FILE.yaml (an example",
      "ships in src/main/resources/businesscase/example-inputs.yaml). Saved as Markdown, HTML, PNG",
      "and JSON under CONSULTANT_DATA_DIR/deliverables/business-case/<id>/."
    })
final class BusinessCaseCommand implements Callable<Integer>, ConsultantCommand.ServicesAware {
  static final String KIND = "business-case";

  private final CliContext context;
  private final Clock clock = Clock.systemUTC();

  @Spec CommandSpec spec;

  @Option(
      names = "--inputs",
      paramLabel = "FILE",
      description = "Read the inputs from a YAML file instead of asking.")
  Path inputsFile;

  @Option(
      names = "--language",
      paramLabel = "en|fr",
      description = "The questions' and report's language (default: the file's, else en).")
  String language;

  @Option(names = "--json", description = "Print the record as JSON instead of the report.")
  boolean json;

  @Option(names = "--out", paramLabel = "DIR", description = "Also write the files to DIR.")
  Path out;

  BusinessCaseCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Optional<Language> chosen = LanguageOption.parse(language);
    BusinessCaseInputs inputs;
    try {
      inputs =
          inputsFile != null
              ? new BusinessCaseInputsFile().read(AssessCommand.read(inputsFile))
              : new TerminalInterview(in(), spec.commandLine().getErr())
                  .run(chosen.orElse(Language.EN));
    } catch (InvalidInputsException e) {
      throw new ConsultantCommand.UsageProblem(
          (inputsFile != null ? inputsFile + ": " : "") + e.getMessage());
    }
    if (chosen.isPresent()) {
      inputs = inputs.withLanguage(chosen.get());
    }
    BusinessCases.Outcome outcome = context.services().get().businessCases().make(inputs);
    Map<String, byte[]> files = outcome.files();
    Path folder = outcome.folder();
    String markdown = outcome.markdown();
    String record = outcome.businessCase().toJson();

    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(json ? record.strip() : markdown.strip());
    stdout.flush();
    PrintWriter err = spec.commandLine().getErr();
    err.println("saved: " + folder);
    if (out != null) {
      Files.createDirectories(out);
      for (var file : files.entrySet()) {
        Files.write(out.resolve(file.getKey()), file.getValue());
      }
      err.println("written: " + out.toAbsolutePath());
    }
    if (outcome.narrative().warning() != null) {
      err.println("warning: " + outcome.narrative().warning());
    }
    err.flush();
    return 0;
  }

  private BufferedReader in() {
    return new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
  }

  /** Asks each input on standard error, reading the answers from standard input. */
  static final class TerminalInterview {
    private final BufferedReader in;
    private final PrintWriter ask;

    TerminalInterview(BufferedReader in, PrintWriter ask) {
      this.in = in;
      this.ask = ask;
    }

    BusinessCaseInputs run(Language l) throws IOException, InvalidInputsException {
      boolean terminal = System.console() != null;
      ask.println(
          w(
              l,
              "Business case: the inputs, one by one (Enter keeps the default in brackets).",
              "Étude de rentabilité : les données, une par une (Entrée garde la valeur par défaut"
                  + " entre crochets)."));
      String organisation = null;
      while (organisation == null) {
        String typed = line(w(l, "Organisation: ", "Organisation : "), "organisation");
        String problem = organisationProblem(typed);
        if (problem == null) {
          organisation = typed.strip();
        } else if (terminal) {
          ask.println("  " + problem);
        } else {
          throw new InvalidInputsException("organisation", problem);
        }
      }
      String currency = null;
      while (currency == null) {
        String typed = line(w(l, "Currency [EUR]: ", "Devise [EUR] : "), "currency").strip();
        String code = typed.isEmpty() ? "EUR" : typed.toUpperCase(java.util.Locale.ROOT);
        try {
          java.util.Currency.getInstance(code);
          if (code.matches("[A-Z]{3}")) {
            currency = code;
            continue;
          }
        } catch (IllegalArgumentException e) {
          // not a currency: said below
        }
        String problem =
            "'%s' is not a known currency; it accepts an ISO 4217 code such as EUR, USD, GBP or CHF"
                .formatted(typed);
        if (!terminal) {
          throw new InvalidInputsException("currency", problem);
        }
        ask.println("  " + problem);
      }
      Map<Field, Double> values = new EnumMap<>(Field.class);
      String section = null;
      for (Field f : Field.values()) {
        String now = f.key().contains(".") ? f.key().substring(0, f.key().indexOf('.')) : "";
        if (!now.equals(section)) {
          section = now;
          ask.printf("%n== %s ==%n", sectionTitle(section, l));
        }
        values.put(f, ask(f, currency, l, terminal, values));
      }
      try {
        return BusinessCaseInputs.of(organisation, l, currency, values, Map.of());
      } catch (IllegalArgumentException e) {
        // The scenarios out of order: the one rule across fields.
        throw new InvalidInputsException("", e.getMessage());
      }
    }

    private double ask(
        Field f, String currency, Language l, boolean terminal, Map<Field, Double> before)
        throws IOException, InvalidInputsException {
      Double fallback = f.defaultValue();
      String prompt =
          "%s (%s)%s%s"
              .formatted(
                  f.label(l),
                  f.unitHint(l, currency),
                  fallback == null ? "" : " [" + plain(fallback, l) + "]",
                  w(l, ": ", " : "));
      while (true) {
        String typed = line(prompt, f.key());
        try {
          if (typed.isBlank()) {
            if (fallback != null) {
              return fallback;
            }
            throw new InvalidInputsException(f.key(), "missing; it accepts " + f.accepts(currency));
          }
          double value = BusinessCaseInputsFile.typed(f, typed, currency, l);
          String order = orderProblem(f, value, before);
          if (order != null) {
            throw new InvalidInputsException(f.key(), order);
          }
          return value;
        } catch (InvalidInputsException e) {
          if (!terminal) {
            throw e;
          }
          ask.println("  " + e.getMessage());
        }
      }
    }

    /** Checks the scenarios' order as soon as a multiplier is typed, so it can be asked again. */
    private static String orderProblem(Field f, double value, Map<Field, Double> before) {
      if (f == Field.EXPECTED && value < before.get(Field.CONSERVATIVE)) {
        return "%s is below the conservative multiplier (%s); it accepts a multiplier from %s to 3"
            .formatted(
                plain(value, Language.EN),
                plain(before.get(Field.CONSERVATIVE), Language.EN),
                plain(before.get(Field.CONSERVATIVE), Language.EN));
      }
      if (f == Field.OPTIMISTIC && value < before.get(Field.EXPECTED)) {
        return "%s is below the expected multiplier (%s); it accepts a multiplier from %s to 3"
            .formatted(
                plain(value, Language.EN),
                plain(before.get(Field.EXPECTED), Language.EN),
                plain(before.get(Field.EXPECTED), Language.EN));
      }
      return null;
    }

    private static String organisationProblem(String typed) {
      if (typed.isBlank()) {
        return "missing; it accepts the organisation's name (up to "
            + BusinessCaseInputs.MAX_ORGANISATION
            + " characters)";
      }
      if (typed.strip().length() > BusinessCaseInputs.MAX_ORGANISATION) {
        return "longer than " + BusinessCaseInputs.MAX_ORGANISATION + " characters";
      }
      return null;
    }

    private static String sectionTitle(String section, Language l) {
      return switch (section) {
        case "costs" -> w(l, "Costs", "Coûts");
        case "benefits" -> w(l, "Benefits", "Gains");
        case "scenarios" ->
            w(
                l,
                "Scenarios (multipliers of the benefits)",
                "Scénarios (multiplicateurs des gains)");
        default -> w(l, "Horizon and rate", "Horizon et taux");
      };
    }

    private static String plain(double value, Language l) {
      String s =
          value == Math.rint(value)
              ? String.valueOf((long) value)
              : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
      return l == Language.FR ? s.replace('.', ',') : s;
    }

    /** The next line, or a clear error when the answers end early (nothing is saved then). */
    private String line(String prompt, String field) throws IOException, InvalidInputsException {
      ask.print(prompt);
      ask.flush();
      String line = in.readLine();
      if (line == null) {
        ask.println();
        ask.flush();
        throw new InvalidInputsException(
            field, "the answers ended before this question; nothing was saved");
      }
      return line;
    }

    private static String w(Language l, String en, String fr) {
      return l == Language.FR ? fr : en;
    }
  }
}
