package dev.platformconsultant.knowledge;

import java.util.Optional;

/**
 * A public reference a knowledge document rests on, written {@code name | url} in its front matter.
 */
public record DocumentSource(String name, Optional<String> url) {

  static DocumentSource parse(String raw) {
    int bar = raw.lastIndexOf('|');
    if (bar < 0) {
      return new DocumentSource(raw.trim(), Optional.empty());
    }
    String url = raw.substring(bar + 1).trim();
    return new DocumentSource(
        raw.substring(0, bar).trim(), url.isEmpty() ? Optional.empty() : Optional.of(url));
  }
}
