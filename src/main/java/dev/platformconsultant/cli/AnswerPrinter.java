package dev.platformconsultant.cli;

import dev.platformconsultant.consultant.Answer;
import dev.platformconsultant.consultant.SourceRef;
import java.io.PrintWriter;

/** Prints an answer's sources (and warning) after its text, for a person at a terminal. */
final class AnswerPrinter {
  /** Said once when no project context is configured: the advice knows nothing of the team. */
  static final String GENERIC =
      "note: this advice is generic: the consultant knows nothing of your team yet"
          + " (`consultant discover` tells it, or set CONSULTANT_PROJECT_CONTEXT).";

  private AnswerPrinter() {}

  static void printSources(Answer answer, PrintWriter out) {
    if (answer.sources().isEmpty()) {
      return;
    }
    out.println();
    out.println("Sources:");
    for (SourceRef s : answer.sources()) {
      out.printf(
          "  [%d] %s > %s  (%s, %s)%n", s.number(), s.title(), s.heading(), s.id(), s.path());
    }
  }

  static void printWarning(Answer answer, PrintWriter err) {
    answer.warning().ifPresent(w -> err.println("warning: " + w));
  }
}
