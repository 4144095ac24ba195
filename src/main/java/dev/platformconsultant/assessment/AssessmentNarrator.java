package dev.platformconsultant.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.model.Citations;
import dev.platformconsultant.model.Fence;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.ModelJson;
import dev.platformconsultant.model.ModelJson.InvalidAnswerException;
import dev.platformconsultant.model.Prompt;
import dev.platformconsultant.model.PromptBuilder;
import dev.platformconsultant.model.Question;
import dev.platformconsultant.model.StructuredAnswers;
import dev.platformconsultant.model.Task;
import dev.platformconsultant.text.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The short text that reads an assessment's scores. With an LLM, the model writes it as JSON
 * grounded in the passages of the weak areas, validated (every priority names a weak area, every
 * citation a passage it was given); without one, or when its answer is unusable twice, a
 * deterministic text from the scores, labelled. Thread-safe.
 */
public final class AssessmentNarrator {
  private static final int MAX_SUMMARY = 1500;
  private static final StructuredAnswers.Wording WORDING =
      new StructuredAnswers.Wording(
          "assessment summary",
          "la synthèse d'évaluation",
          "summary written from the scores",
          "la synthèse rédigée à partir des scores");

  private final Questionnaire questionnaire;
  private final KnowledgeBase knowledge;
  private final PromptBuilder prompts;
  private final StructuredAnswers<Assessment.Narrative> answers;

  public AssessmentNarrator(
      Questionnaire questionnaire,
      KnowledgeBase knowledge,
      PromptBuilder prompts,
      Optional<LanguageModel> model) {
    this.questionnaire = questionnaire;
    this.knowledge = knowledge;
    this.prompts = prompts;
    this.answers =
        new StructuredAnswers<>(
            model,
            WORDING,
            (narrative, warning) ->
                new Assessment.Narrative(
                    narrative.text(), narrative.mode(), narrative.citations(), warning));
  }

  public Assessment narrate(Assessment a) {
    Language l = AssessmentReport.language(a);
    Assessment.Narrative offline = offline(a, l);
    return a.withNarrative(
        answers.ask(
            () ->
                prompts.build(
                    Task.ASSESSMENT.id(),
                    Question.of(Fence.wrap("assessment", facts(a, l))),
                    passages(a),
                    l),
            (answer, asked) -> parse(answer, asked, a),
            offline));
  }

  /** The deterministic summary: what the scores say, and where to start. */
  Assessment.Narrative offline(Assessment a, Language l) {
    Assessment.DoraScores d = a.dora();
    Assessment.Position all = d.comparison().overall();
    StringBuilder text = new StringBuilder();
    text.append(
        w(
                l,
                "Delivery: an overall DORA score of %s/10 (throughput %s, stability %s), %s of DORA's %d respondents (%s ± %s).",
                "Livraison : un score DORA global de %s/10 (débit %s, stabilité %s), %s des répondants DORA %d (%s ± %s).")
            .formatted(
                AssessmentReport.number(l, d.overall()),
                AssessmentReport.number(l, d.throughput()),
                AssessmentReport.number(l, d.stability()),
                Standing.of(all.deviations()).in(l),
                d.comparison().dataYear(),
                AssessmentReport.number(l, all.mean()),
                AssessmentReport.number(l, all.sd())));
    Map<String, List<String>> byLevel = new LinkedHashMap<>();
    for (dev.platformconsultant.assessment.Question q : questionnaire.in(Section.CNCF)) {
      a.result(q.id())
          .ifPresent(
              r -> {
                String level = q.choice(r.choice()).label().in(l).replaceFirst(" ?:.*", "");
                byLevel
                    .computeIfAbsent(level, k -> new ArrayList<>())
                    .add(q.name(l).toLowerCase(java.util.Locale.ROOT));
              });
    }
    text.append(' ')
        .append(w(l, "Platform maturity (CNCF): ", "Maturité de la plateforme (CNCF) : "))
        .append(
            byLevel.entrySet().stream()
                .map(
                    e ->
                        String.join(", ", e.getValue())
                            + " "
                            + w(l, "at ", "au niveau ")
                            + e.getKey().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(w(l, "; ", " ; "))))
        .append('.');
    if (!a.priorities().isEmpty()) {
      Assessment.Priority first = a.priorities().getFirst();
      String name = questionnaire.question(first.question()).orElseThrow().name(l);
      text.append(' ')
          .append(
              w(l, "Start with %s: aim for \"%s\".", "Commencez par « %s » : visez « %s ».")
                  .formatted(
                      l == Language.FR ? name : name.toLowerCase(java.util.Locale.ROOT),
                      first.next()));
      long measured = a.results().stream().filter(Assessment.Result::measured).count();
      if (measured == 0) {
        text.append(' ')
            .append(
                w(
                    l,
                    "Every answer is self-reported: measure the DORA metrics from your tools before committing to targets.",
                    "Toutes les réponses sont déclaratives : mesurez les métriques DORA depuis vos outils avant de vous fixer des objectifs."));
      }
    }
    return new Assessment.Narrative(text.toString(), "offline", List.of(), null);
  }

  private List<Passage> passages(Assessment a) {
    Map<String, Passage> chosen = new LinkedHashMap<>();
    for (Assessment.Priority p : a.priorities()) {
      for (String id : p.passages()) {
        knowledge.passage(id).ifPresent(x -> chosen.putIfAbsent(x.id(), x));
      }
    }
    knowledge.passage("dora-metrics").ifPresent(x -> chosen.putIfAbsent(x.id(), x));
    knowledge.passage("cncf-platform-maturity-model").ifPresent(x -> chosen.putIfAbsent(x.id(), x));
    return new ArrayList<>(chosen.values());
  }

  /** The scores as the model reads them: plain lines, names in the report's language. */
  String facts(Assessment a, Language l) {
    StringBuilder f = new StringBuilder();
    f.append("team: ").append(a.team()).append('\n');
    for (Assessment.Result r : a.results()) {
      dev.platformconsultant.assessment.Question q =
          questionnaire.question(r.question()).orElseThrow();
      f.append(r.section())
          .append(" | ")
          .append(q.id())
          .append(" | ")
          .append(q.name(l))
          .append(" | ")
          .append(q.choice(r.choice()).label().in(l))
          .append(" | score ")
          .append(AssessmentReport.number(r.score()))
          .append(r.measured() ? " | measured" : " | self-reported")
          .append('\n');
    }
    Assessment.DoraScores d = a.dora();
    f.append(
        "dora overall %s, throughput %s, stability %s (0-10, 10 best); respondents' mean %s ± %s (%d data)\n"
            .formatted(
                AssessmentReport.number(d.overall()),
                AssessmentReport.number(d.throughput()),
                AssessmentReport.number(d.stability()),
                AssessmentReport.number(d.comparison().overall().mean()),
                AssessmentReport.number(d.comparison().overall().sd()),
                d.comparison().dataYear()));
    f.append("weakest areas (ids): ")
        .append(String.join(", ", a.weakest().stream().map(Assessment.Area::question).toList()))
        .append('\n');
    for (Assessment.Priority p : a.priorities()) {
      f.append("next step for ").append(p.question()).append(": ").append(p.next()).append('\n');
    }
    return f.toString();
  }

  private Assessment.Narrative parse(String answer, Prompt asked, Assessment a)
      throws InvalidAnswerException {
    JsonNode root = ModelJson.object(answer);
    String summary = ModelJson.text(root, "summary");
    if (summary.length() > MAX_SUMMARY) {
      throw new InvalidAnswerException(
          "\"summary\" is %d characters; keep it under %d"
              .formatted(summary.length(), MAX_SUMMARY));
    }
    Set<String> weak =
        a.weakest().stream().map(Assessment.Area::question).collect(Collectors.toSet());
    List<String> citations = new ArrayList<>();
    StringBuilder text =
        new StringBuilder(Citations.renumber(summary, asked.passages(), citations));
    JsonNode priorities = ModelJson.array(root, "priorities");
    for (int i = 0; i < priorities.size(); i++) {
      JsonNode p = priorities.get(i);
      String area = ModelJson.text(p, "area");
      if (!weak.contains(area)) {
        throw new InvalidAnswerException(
            "priorities[%d].area \"%s\" is not one of the weakest areas: %s"
                .formatted(i, area, weak));
      }
      String why = ModelJson.text(p, "why");
      String step = ModelJson.text(p, "first_step");
      String name = questionnaire.question(area).orElseThrow().name(AssessmentReport.language(a));
      text.append("\n\n- **")
          .append(name)
          .append("**: ")
          .append(Citations.renumber(why, asked.passages(), citations))
          .append(' ')
          .append(Citations.renumber(step, asked.passages(), citations));
    }
    return new Assessment.Narrative(text.toString(), "llm", citations, null);
  }

  private static String w(Language l, String en, String fr) {
    return l == Language.FR ? fr : en;
  }
}
