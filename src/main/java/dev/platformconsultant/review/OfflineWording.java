package dev.platformconsultant.review;

import dev.platformconsultant.text.Language;
import java.util.List;

/** The offline review's own sentences, in English and French (the checklist brings the rest). */
final class OfflineWording {
  private OfflineWording() {}

  static String summary(
      Language language,
      int words,
      int items,
      int stated,
      int practices,
      int silent,
      int notApplicable,
      List<String> alsoStated,
      List<String> alsoSilent) {
    boolean fr = language == Language.FR;
    StringBuilder s = new StringBuilder();
    s.append(
        fr
            ? "Revue hors ligne (aucun LLM) : le design (%d mots) a été lu phrase par phrase au regard des %d points de la checklist de design review. Il énonce %d problème(s) en toutes lettres, cités ci-dessous, décrit %d bonne(s) pratique(s) et ne dit rien de %d point(s)"
                .formatted(words, items, stated, practices, silent)
            : "Offline review (no LLM): the design (%d words) was read sentence by sentence against the %d items of the design-review checklist. It states %d problem(s) outright, quoted below, describes %d sound practice(s) and says nothing about %d item(s)"
                .formatted(words, items, stated, practices, silent));
    if (notApplicable > 0) {
      s.append(
          fr
              ? " ; %d point(s) sont hors de son périmètre".formatted(notApplicable)
              : "; %d item(s) fall outside its scope".formatted(notApplicable));
    }
    s.append('.');
    if (!alsoStated.isEmpty()) {
      s.append(
          fr
              ? " Le design énonce aussi, au-delà des constats retenus : %s."
                  .formatted(String.join(", ", alsoStated))
              : " The design also states, beyond the findings kept here: %s."
                  .formatted(String.join(", ", alsoStated)));
    }
    if (!alsoSilent.isEmpty()) {
      s.append(
          fr
              ? " Laissé(s) de côté plus bas, bien que le design n'en dise rien non plus : %s."
                  .formatted(String.join(", ", alsoSilent))
              : " Left out below, though the design does not cover them either: %s."
                  .formatted(String.join(", ", alsoSilent)));
    }
    s.append(
        fr
            ? " Cette revue repère des formulations, pas le sens : relisez-la avec l'équipe."
            : " This review matches phrases, not meaning: go through it with the team.");
    return s.toString();
  }

  static String says(Language language, List<String> quotes) {
    return language == Language.FR
        ? "Le design indique : " + String.join(" ; ", quotes)
        : "The design says: " + String.join("; ", quotes);
  }

  static String silent(Language language) {
    return language == Language.FR ? "Le design n'en dit rien." : "The design does not say.";
  }

  static String notApplicable(Language language, String title, String quote) {
    return language == Language.FR
        ? title + " — hors périmètre : " + quote
        : title + " — not applicable: " + quote;
  }
}
