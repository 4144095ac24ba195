package dev.platformconsultant.roadmap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.model.Fence;
import dev.platformconsultant.model.Figures;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.ModelJson;
import dev.platformconsultant.model.ModelJson.InvalidAnswerException;
import dev.platformconsultant.model.PromptBuilder;
import dev.platformconsultant.model.Question;
import dev.platformconsultant.model.StructuredAnswers;
import dev.platformconsultant.model.Task;
import dev.platformconsultant.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * With an LLM, a few sentences on why the roadmap runs in this order and what to watch, for the
 * team lead who presents it. The plan itself is computed and never changed by the model; its text
 * may quote no number the plan does not hold. Without an LLM there is none. Thread-safe.
 */
public final class RoadmapNarrator {
  private static final StructuredAnswers.Wording WORDING =
      new StructuredAnswers.Wording(
          "roadmap rationale",
          "la justification de la feuille de route",
          "roadmap without its LLM rationale",
          "la feuille de route sans sa justification par le LLM");

  /**
   * Why the plan runs in this order.
   *
   * @param mode {@code llm}, or {@code offline} when there is none
   * @param warning why the LLM's text was dropped, or null
   */
  public record Rationale(String text, String mode, String warning) {
    static Rationale none() {
      return new Rationale("", "offline", null);
    }
  }

  private final KnowledgeBase knowledge;
  private final PromptBuilder prompts;
  private final StructuredAnswers<Rationale> answers;

  public RoadmapNarrator(
      KnowledgeBase knowledge, PromptBuilder prompts, Optional<LanguageModel> model) {
    this.knowledge = knowledge;
    this.prompts = prompts;
    this.answers =
        new StructuredAnswers<>(
            model, WORDING, (none, warning) -> new Rationale("", "offline", warning));
  }

  public Rationale explain(Roadmap roadmap) {
    Language l = "fr".equals(roadmap.language()) ? Language.FR : Language.EN;
    List<Double> figures = figures(roadmap);
    return answers.ask(
        () -> {
          List<Passage> passages = new ArrayList<>(knowledge.passagesOf("prioritised-roadmap"));
          return prompts.build(
              Task.ROADMAP.id(), Question.of(Fence.wrap("roadmap", facts(roadmap))), passages, l);
        },
        (answer, asked) -> parse(answer, roadmap, figures),
        Rationale.none());
  }

  static String facts(Roadmap r) {
    StringBuilder f = new StringBuilder("team: " + r.team() + "\n");
    for (RoadmapItem i : r.items()) {
      f.append("item ")
          .append(i.number())
          .append(" | ")
          .append(i.horizon())
          .append(" | impact ")
          .append(i.impact())
          .append(" | effort ")
          .append(i.effort())
          .append(" | reduces ")
          .append(i.risk())
          .append(" risk | owner ")
          .append(i.owner())
          .append(i.dependsOn().isEmpty() ? "" : " | after items " + i.dependsOn())
          .append(" | ")
          .append(i.title().replace('\n', ' '))
          .append('\n');
    }
    return f.toString();
  }

  private static Rationale parse(String answer, Roadmap roadmap, List<Double> figures)
      throws InvalidAnswerException {
    JsonNode root = ModelJson.object(answer);
    String rationale = ModelJson.text(root, "rationale");
    List<String> watch = ModelJson.strings(root, "watch");
    Figures.check(rationale, figures, "roadmap");
    for (String w : watch) {
      Figures.check(w, figures, "roadmap");
    }
    StringBuilder text = new StringBuilder(rationale.strip());
    for (String w : watch) {
      text.append("\n\n- ").append(w.strip());
    }
    return new Rationale(text.toString(), "llm", null);
  }

  /** The numbers a rationale may quote: the items', the horizons', the scores'. */
  static List<Double> figures(Roadmap r) {
    List<Double> all = new ArrayList<>(List.of(0.0, 30.0, 90.0, 3.0, 12.0));
    for (RoadmapItem i : r.items()) {
      all.add((double) i.number());
      all.add((double) i.impact());
      all.add(i.score());
      all.add(i.effortWeeks());
    }
    return all;
  }
}
