package dev.platformconsultant.consultant;

import dev.platformconsultant.text.Language;

/**
 * The words an offline answer is framed in, in the question's language: its label, the titles of
 * its parts and its notes. The knowledge-base text itself is the documents' own (or their
 * translations'). Immutable.
 */
record Frame(boolean french) {

  static Frame of(Language language) {
    return new Frame(language == Language.FR);
  }

  String label(OfflineAnswerWriter.Reason reason, String failure) {
    if (reason == OfflineAnswerWriter.Reason.LLM_FAILED) {
      return french
          ? "_Mode dégradé : le LLM n'a pas répondu (%s) ; voici des extraits de la base de connaissances._"
              .formatted(failure)
          : "_Fallback: the LLM did not answer (%s); knowledge-base excerpts instead._"
              .formatted(failure);
    }
    return french
        ? "_Mode hors ligne : extraits de la base de connaissances, aucun LLM configuré._"
        : "_Offline mode: knowledge-base excerpts, no LLM configured._";
  }

  String recommendation() {
    return french ? "Recommandation." : "Recommendation.";
  }

  String inShort() {
    return french ? "En bref." : "In short.";
  }

  /** The title of a numbered way out: the steps to take first. */
  String firstSteps() {
    return french ? "Premières étapes" : "First steps";
  }

  String figures() {
    return french ? "Cibles et chiffres" : "Targets and figures";
  }

  String related() {
    return french ? "À voir aussi :" : "See also:";
  }

  /** The list goes on in the cited passage. */
  String more(int count, int source) {
    return french
        ? "_… et %d autre%s dans [%d]._".formatted(count, count > 1 ? "s" : "", source)
        : "_… and %d more in [%d]._".formatted(count, source);
  }

  /** Said of a cited passage that has no French text yet. */
  String inEnglish() {
    return french ? "_(en anglais)_" : "";
  }

  String overview() {
    return french ? "Vue d'ensemble" : "Overview";
  }

  String footer() {
    return french
        ? "_Ouvrez un passage en entier avec `consultant show <id>`._"
        : "_Open a whole passage with `consultant show <id>`._";
  }

  String notCovered() {
    return french
        ? "La base de connaissances ne couvre pas encore cette question."
        : "The knowledge base does not cover this question yet.";
  }

  String closest() {
    return french ? " Les sujets les plus proches : " : " The closest topics are: ";
  }

  String rephrase() {
    return french
        ? "Essayez de reformuler avec un terme du métier (SLO, DORA, FinOps, GitOps…), ou configurez un LLM pour une réponse plus large."
        : "Try rephrasing with a platform-engineering term (SLO, DORA, FinOps, GitOps…), or configure an LLM for a broader answer.";
  }
}
