package dev.platformconsultant.review;

import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.model.Fence;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.PromptBuilder;
import dev.platformconsultant.model.Question;
import dev.platformconsultant.model.StructuredAnswers;
import dev.platformconsultant.model.Task;
import dev.platformconsultant.text.Language;
import dev.platformconsultant.text.LanguageDetector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reviews a design against the knowledge base's checklist. With an LLM, the model writes the review
 * as JSON, which is validated; an invalid or partial answer is asked for once more, then the
 * offline checklist review is returned with the reason said plainly. Without an LLM, the offline
 * review. Thread-safe.
 */
public final class DesignReviewer {
  static final int CHECKLIST_PASSAGES = 10;
  static final int RELATED_PASSAGES = 5;
  private static final StructuredAnswers.Wording WORDING =
      new StructuredAnswers.Wording(
          "review", "la revue", "offline checklist review", "la revue hors ligne par checklist");

  private final KnowledgeBase knowledge;
  private final PromptBuilder prompts;
  private final StructuredAnswers<Review> answers;
  private final OfflineReviewer offline = new OfflineReviewer();
  private final ReviewParser parser = new ReviewParser();
  private final LanguageDetector languages;

  public DesignReviewer(
      KnowledgeBase knowledge,
      PromptBuilder prompts,
      Optional<LanguageModel> model,
      LanguageDetector languages) {
    this.knowledge = knowledge;
    this.prompts = prompts;
    this.answers = new StructuredAnswers<>(model, WORDING, Review::withWarning);
    this.languages = languages;
  }

  public Review review(String design) {
    Language language = languages.detect(design);
    Review checked = offline.review(design, ReviewChecklist.from(knowledge), language);
    return answers.ask(
        () ->
            prompts.build(
                Task.REVIEW.id(), Question.of(fenced(design)), passages(design, checked), language),
        (answer, asked) -> parser.parse(answer, asked.passages(), language),
        checked);
  }

  /** The checklist items the design most likely fails first, then what else the design touches. */
  private List<Passage> passages(String design, Review checked) {
    Map<String, Passage> chosen = new LinkedHashMap<>();
    for (Finding f : checked.findings()) {
      if (chosen.size() >= CHECKLIST_PASSAGES) {
        break;
      }
      knowledge.passage(f.source()).ifPresent(p -> chosen.putIfAbsent(p.id(), p));
    }
    for (Passage p : knowledge.search(design, RELATED_PASSAGES + 3)) {
      if (chosen.size() >= CHECKLIST_PASSAGES + RELATED_PASSAGES) {
        break;
      }
      chosen.putIfAbsent(p.id(), p);
    }
    return new ArrayList<>(chosen.values());
  }

  static String fenced(String design) {
    return Fence.wrap("design", design);
  }
}
