package dev.platformconsultant.review;

import java.util.List;

/**
 * The words that turn a mention of a practice into its absence, in English and French. Negators
 * ("no", "without", "pas de", "aucun") also cancel a red flag ("no big bang"); absence cues say a
 * practice is deferred or done by hand ("later", "after go-live", "TODO", "by hand", "plus tard",
 * "à la main") and only apply to practices: "manual" next to "big bang" does not make it safe.
 *
 * <p>A cue before a mention binds to the first mention after it within {@link #BEFORE_WINDOW}
 * words; a cue after binds to the nearest mention before it, within {@link #WEAK_AFTER_WINDOW}
 * words for the short negators (they sit right after their verb: "backups are not enabled") and
 * {@link #STRONG_AFTER_WINDOW} for the others (a French subject can be long: "les sauvegardes des
 * nouvelles bases ne sont pas encore configurées").
 */
final class Cues {
  static final int BEFORE_WINDOW = 3;
  static final int WEAK_AFTER_WINDOW = 4;
  static final int STRONG_AFTER_WINDOW = 10;

  static final List<Phrase> NEGATORS_BEFORE =
      Phrase.all(
          List.of(
              "no",
              "not",
              "never",
              "without",
              "nothing",
              "none of",
              "neither",
              "nor",
              "cannot",
              "can't",
              "can not",
              "unable to",
              "pas de",
              "pas d'",
              "pas",
              "sans",
              "aucun",
              "aucune",
              "jamais",
              "rien",
              "ni",
              "ne peut pas",
              "ne peuvent pas",
              "impossible de"));

  static final List<Phrase> NEGATORS_AFTER =
      Phrase.all(List.of("not", "never", "none", "pas", "jamais", "aucun", "aucune", "rien"));

  static final List<Phrase> ABSENCE_BEFORE =
      Phrase.all(
          List.of(
              "lack of",
              "lacks",
              "missing",
              "todo",
              "tbd",
              "manual",
              "manually",
              "will add",
              "plan to",
              "planned",
              "to be added",
              "eventually",
              "pas encore",
              "à prévoir",
              "prévoir",
              "manuel",
              "manuelle",
              "manuellement",
              "ajouterons",
              "mettrons en place"));

  static final List<Phrase> ABSENCE_AFTER =
      Phrase.all(
          List.of(
              "disabled",
              "turned off",
              "switched off",
              "not enabled",
              "not configured",
              "not set up",
              "not tested",
              "untested",
              "not yet",
              "yet to be",
              "later",
              "after go live",
              "after go-live",
              "after launch",
              "after the launch",
              "post launch",
              "after the migration",
              "after the cut over",
              "in a later phase",
              "in phase 2",
              "next quarter",
              "todo",
              "tbd",
              "to be defined",
              "to be decided",
              "to be confirmed",
              "will come",
              "will be added",
              "will be written",
              "will be created",
              "will be set up",
              "deferred",
              "postponed",
              "out of scope",
              "manually",
              "by hand",
              "laptop",
              "désactivé",
              "pas encore",
              "plus tard",
              "à venir",
              "après la mise en production",
              "après la bascule",
              "après le go live",
              "après la migration",
              "à définir",
              "à prévoir",
              "en phase 2",
              "manuellement",
              "à la main",
              "seront créés",
              "sera créé",
              "seront mis en place",
              "sera mis en place",
              "seront ajoutés",
              "sera ajouté",
              "hors périmètre",
              "non configuré",
              "non testé"));

  /** The short negators that sit right after their verb, hence the short window. */
  static boolean weak(Phrase cue) {
    return NEGATORS_AFTER.contains(cue);
  }

  private Cues() {}
}
