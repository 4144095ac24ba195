package dev.platformconsultant.assessment;

import java.text.Normalizer;
import java.util.Locale;

/** Team names as folders and record ids: the history keeps one folder per team. */
public final class Teams {
  public static final int MAX_NAME = 60;

  private Teams() {}

  /**
   * A name's folder: lower case ASCII letters, digits and hyphens ("Équipe Paiements" →
   * "equipe-paiements"); empty when nothing is left.
   */
  public static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.length() > MAX_NAME ? slug.substring(0, MAX_NAME).replaceAll("-+$", "") : slug;
  }

  /** Why {@code name} cannot name a team, or null when it can. */
  public static String problem(String name) {
    if (name == null || name.isBlank()) {
      return "the team's name is empty";
    }
    if (name.strip().length() > MAX_NAME) {
      return "the team's name is longer than " + MAX_NAME + " characters";
    }
    if (slug(name).isEmpty()) {
      return "the team's name needs at least one letter or digit";
    }
    return null;
  }
}
