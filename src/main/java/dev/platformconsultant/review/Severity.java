package dev.platformconsultant.review;

import dev.platformconsultant.text.Language;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How much a finding matters, most severe first. */
public enum Severity {
  CRITICAL("critique"),
  HIGH("élevée"),
  MEDIUM("moyenne"),
  LOW("faible");

  private final String french;

  Severity(String french) {
    this.french = french;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The severity as a reader of {@code language} says it. */
  public String label(Language language) {
    return language == Language.FR ? french : id();
  }

  public static Optional<Severity> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(s -> t.startsWith(s.id()) || t.startsWith(s.french))
        .findFirst();
  }
}
