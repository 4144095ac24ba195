package dev.platformconsultant.knowledge;

import java.text.Normalizer;
import java.util.Locale;

/** Heading and file-name slugs, the stable half of a passage id. */
final class Slugs {
  private Slugs() {}

  static String of(String text) {
    String folded =
        Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
    String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "section" : slug;
  }
}
