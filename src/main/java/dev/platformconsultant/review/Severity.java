package dev.platformconsultant.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How much a finding matters, most severe first. */
public enum Severity {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Severity> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(s -> t.startsWith(s.id())).findFirst();
  }
}
