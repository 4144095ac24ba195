package dev.platformconsultant.consultant;

import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.review.ReviewChecklist;
import dev.platformconsultant.text.Language;
import java.util.List;
import java.util.Optional;

/**
 * The offline answer to "what does a design review check?": the review checklist's questions, by
 * area, in the question's language. Its sections are written for the reviewer to parse (labels,
 * phrases, severities), so excerpts of them read as noise; the questions are what a team asks.
 */
final class ChecklistAnswer {
  private ChecklistAnswer() {}

  /** The answer when {@code top} is the review checklist and it has items; empty otherwise. */
  static Optional<OfflineAnswerWriter.Written> of(
      Passage top, KnowledgeBase knowledge, Language language, String label) {
    if (!ReviewChecklist.DOCUMENT.equals(top.documentId())) {
      return Optional.empty();
    }
    List<ReviewChecklist.Question> questions = ReviewChecklist.from(knowledge).questions(language);
    Optional<Passage> overview =
        knowledge.passagesOf(ReviewChecklist.DOCUMENT).stream().findFirst();
    if (questions.isEmpty() || overview.isEmpty()) {
      return Optional.empty();
    }
    boolean fr = language == Language.FR;
    StringBuilder out =
        new StringBuilder(label)
            .append("\n\n")
            .append(
                fr
                    ? "**Les questions d'une revue de design avant la production**, par domaine [1] :"
                    : "**The questions a design review asks before production**, by area [1]:")
            .append('\n');
    String area = "";
    for (ReviewChecklist.Question q : questions) {
      if (!q.area().equals(area)) {
        area = q.area();
        out.append("\n**").append(area).append("**\n");
      }
      out.append("- _").append(q.title()).append("_ — ").append(q.question()).append('\n');
    }
    out.append('\n')
        .append(
            fr
                ? "Pour passer un design au crible de ces questions : `consultant review design.md`, ou `/review` dans Slack."
                : "To check a design against them: `consultant review design.md`, or `/review` in Slack.");
    Passage p = overview.get();
    return Optional.of(
        new OfflineAnswerWriter.Written(
            out.toString(), List.of(new SourceRef(1, p.id(), p.title(), p.path(), p.heading()))));
  }
}
