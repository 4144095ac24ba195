package dev.platformconsultant.review;

import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.LanguageModelException;
import dev.platformconsultant.model.ModelJson;
import dev.platformconsultant.model.Prompt;
import dev.platformconsultant.model.PromptBuilder;
import dev.platformconsultant.model.Question;
import dev.platformconsultant.model.Task;
import dev.platformconsultant.text.Language;
import dev.platformconsultant.text.LanguageDetector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reviews a design against the knowledge base's checklist. With an LLM, the model writes the review
 * as JSON, which is validated; an invalid or partial answer is asked for once more, then the
 * offline checklist review is returned with the reason said plainly. Without an LLM, the offline
 * review. Thread-safe.
 */
public final class DesignReviewer {
  private static final Logger log = LoggerFactory.getLogger(DesignReviewer.class);
  static final int CHECKLIST_PASSAGES = 10;
  static final int RELATED_PASSAGES = 5;

  private final KnowledgeBase knowledge;
  private final PromptBuilder prompts;
  private final Optional<LanguageModel> model;
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
    this.model = model;
    this.languages = languages;
  }

  public Review review(String design) {
    Language language = languages.detect(design);
    ReviewChecklist checklist = ReviewChecklist.from(knowledge);
    Review checked = offline.review(design, checklist, language);
    if (model.isEmpty()) {
      return checked;
    }
    List<Passage> passages = passages(design, checked);
    Prompt prompt =
        prompts.build(Task.REVIEW.id(), Question.of(fenced(design)), passages, language);
    String problem;
    try {
      String first = model.get().complete(prompt).text();
      try {
        return parser.parse(first, prompt.passages(), language);
      } catch (ModelJson.InvalidAnswerException e) {
        log.warn("the model's review was invalid ({}); asking once more", e.getMessage());
        Prompt retry = prompt.retry(first, e.getMessage());
        try {
          return parser.parse(model.get().complete(retry).text(), prompt.passages(), language);
        } catch (ModelJson.InvalidAnswerException again) {
          problem =
              (language == Language.FR
                      ? "la revue du LLM était invalide deux fois ("
                      : "the LLM's review was invalid twice (")
                  + again.getMessage()
                  + ")";
        }
      }
    } catch (LanguageModelException e) {
      problem =
          (language == Language.FR ? "le LLM n'a pas répondu (" : "the LLM did not answer (")
              + e.getMessage()
              + ")";
    }
    log.warn("design review falls back to the checklist: {}", problem);
    String warning =
        language == Language.FR
            ? "Mode dégradé : " + problem + " ; voici la revue hors ligne par checklist."
            : "Fallback: " + problem + "; this is the offline checklist review.";
    return new Review(
        checked.summary(),
        checked.strengths(),
        checked.findings(),
        checked.questions(),
        checked.quickWins(),
        checked.longerTerm(),
        checked.mode(),
        language,
        Optional.of(warning));
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
    return "<design>\n" + design.replace("</design>", "</ design>") + "\n</design>";
  }
}
