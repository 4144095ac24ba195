package dev.platformconsultant.cli;

import dev.platformconsultant.text.Language;
import java.util.Locale;
import java.util.Optional;

/** The {@code --language en|fr} option of the commands that write a document. */
final class LanguageOption {
  private LanguageOption() {}

  /** The language asked for, empty when the option is absent; a usage error otherwise. */
  static Optional<Language> parse(String option) {
    if (option == null) {
      return Optional.empty();
    }
    return switch (option.toLowerCase(Locale.ROOT)) {
      case "en" -> Optional.of(Language.EN);
      case "fr" -> Optional.of(Language.FR);
      default ->
          throw new ConsultantCommand.UsageProblem(
              "--language: '%s' is not a language; it accepts en or fr".formatted(option));
    };
  }
}
