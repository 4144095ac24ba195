package dev.platformconsultant.assessment;

import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.PromptBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs an assessment end to end: score the answers against the team's previous assessment, write
 * the narrative, draw the charts, render the report and save all of it in the history. The one
 * entry the command line and Slack share. Thread-safe.
 */
public final class Assessor {
  private final Questionnaire questionnaire;
  private final AssessmentScorer scorer;
  private final AssessmentNarrator narrator;
  private final AssessmentReport report;
  private final AssessmentCharts charts;
  private final AssessmentHistory history;
  private final Clock clock;

  public Assessor(
      Questionnaire questionnaire,
      AssessmentScorer scorer,
      AssessmentNarrator narrator,
      AssessmentReport report,
      AssessmentCharts charts,
      AssessmentHistory history,
      Clock clock) {
    this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
    this.scorer = scorer;
    this.narrator = narrator;
    this.report = report;
    this.charts = charts;
    this.history = history;
    this.clock = clock;
  }

  /**
   * The assessor of the shipped questionnaire, its history under {@code historyDir}.
   *
   * @param model the LLM that writes the narrative; empty for the deterministic one
   */
  public static Assessor wired(
      KnowledgeBase knowledge,
      PromptBuilder prompts,
      Optional<LanguageModel> model,
      Path historyDir,
      Clock clock) {
    Questionnaire questionnaire = Questionnaire.shipped();
    return new Assessor(
        questionnaire,
        new AssessmentScorer(questionnaire, knowledge),
        new AssessmentNarrator(questionnaire, knowledge, prompts, model),
        new AssessmentReport(questionnaire, knowledge),
        new AssessmentCharts(questionnaire),
        new AssessmentHistory(historyDir),
        clock);
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }

  public AssessmentHistory history() {
    return history;
  }

  public AssessmentReport report() {
    return report;
  }

  /**
   * Scores, narrates, charts and saves {@code answers}.
   *
   * @throws IllegalArgumentException when a required question is not answered
   * @throws IOException when the history cannot be written (nothing is left half-written)
   */
  public Outcome assess(Answers answers) throws IOException {
    String team = Teams.slug(answers.team());
    List<Assessment> before = history.of(team);
    // Ids are per second: a second assessment of the team within the same second takes the next.
    Instant now = clock.instant();
    while (history.folder(AssessmentScorer.id(team, now)).isPresent()) {
      now = now.plusSeconds(1);
    }
    Assessment scored =
        scorer.score(
            answers, before.isEmpty() ? Optional.empty() : Optional.of(before.getLast()), now);
    Assessment narrated = narrator.narrate(scored);
    List<Assessment> trend = new ArrayList<>(before);
    trend.add(narrated);
    Map<String, byte[]> drawn = charts.draw(narrated, trend);
    String markdown = report.render(narrated, List.copyOf(drawn.keySet()));
    Path folder = history.save(narrated, markdown, drawn);
    return new Outcome(narrated, markdown, drawn, folder);
  }

  /**
   * What an assessment produced.
   *
   * @param charts file name ({@code radar.png}) → PNG, in the order the report shows them
   * @param folder where the history keeps them
   */
  public record Outcome(
      Assessment assessment, String report, Map<String, byte[]> charts, Path folder) {}
}
