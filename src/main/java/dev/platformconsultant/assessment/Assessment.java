package dev.platformconsultant.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One scored assessment of a team: the record saved in the history (as JSON, checked against {@code
 * assessment/assessment.schema.json}) and printed by {@code assess --json}. Plain types only, so
 * the file stays readable by anything that reads JSON; labels are looked up in the questionnaire by
 * id when the report is written.
 *
 * @param id {@code <team slug>-<yyyyMMdd-HHmmss>}, unique in a history
 * @param takenAt an ISO-8601 instant
 * @param language {@code en} or {@code fr}: the report's and the narrative's language
 * @param results one per question answered, in the questionnaire's order
 * @param strongest the team's strongest DORA metrics and CNCF aspects, best first
 * @param weakest its weakest, weakest first
 * @param priorities what to improve first: each weak area with its next step and passages
 * @param previousId the team's assessment before this one, or null for the first
 * @param changes per question answered both times, the score then and now
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Assessment(
    String id,
    String team,
    String teamSlug,
    String takenAt,
    String language,
    String questionnaireVersion,
    List<Result> results,
    DoraScores dora,
    List<Area> strongest,
    List<Area> weakest,
    List<Priority> priorities,
    String previousId,
    List<Change> changes,
    Narrative narrative) {

  public Assessment {
    Objects.requireNonNull(id, "id");
    results = List.copyOf(results);
    strongest = List.copyOf(strongest);
    weakest = List.copyOf(weakest);
    priorities = List.copyOf(priorities);
    changes = List.copyOf(changes);
  }

  public Assessment withNarrative(Narrative newNarrative) {
    return new Assessment(
        id,
        team,
        teamSlug,
        takenAt,
        language,
        questionnaireVersion,
        results,
        dora,
        strongest,
        weakest,
        priorities,
        previousId,
        changes,
        newNarrative);
  }

  public java.util.Optional<Result> result(String questionId) {
    return results.stream().filter(r -> r.question().equals(questionId)).findFirst();
  }

  /**
   * An answer, scored.
   *
   * @param section {@code dora}, {@code cncf} or {@code capabilities}
   * @param choice the 1-based number of the choice
   * @param score 0-10 for a DORA metric, the level 1-4 for a CNCF aspect, agreement 1-5 for a
   *     capability
   * @param value the number answered (a percentage, a measured lead time), or null when a choice
   *     was picked
   * @param unit the value's unit (English), or null
   * @param measured whether the value was measured from the team's tools rather than reported
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Result(
      String question,
      String section,
      int choice,
      String choiceId,
      double score,
      Double value,
      String unit,
      boolean measured) {}

  /**
   * The DORA scores, 0 to 10 (10 best), as the Quick Check computes them, and where they stand in
   * the published distribution.
   *
   * @param throughput the mean of change lead time, deployment frequency and failed deployment
   *     recovery time
   * @param stability the mean of change fail rate and deployment rework rate, scored so that 10 is
   *     the most stable (DORA's research calls the factor "instability")
   * @param overall the mean of the five metrics
   */
  public record DoraScores(
      double throughput, double stability, double overall, Comparison comparison) {}

  /**
   * @param overall the overall score against all respondents
   * @param metrics per metric, against all respondents' score on that metric
   * @param industry against the team's industry, or null when not given or not published
   * @param organisationSize against its organisation size, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Comparison(
      int dataYear,
      String source,
      Position overall,
      Map<String, Position> metrics,
      Position industry,
      Position organisationSize) {
    public Comparison {
      metrics = Map.copyOf(metrics);
    }
  }

  /**
   * A score against a published mean and standard deviation.
   *
   * @param group {@code all}, or the industry's or organisation size's id
   * @param deviations how many standard deviations the score lies above (positive) or below the
   *     mean
   */
  public record Position(String group, double score, double mean, double sd, double deviations) {}

  /**
   * A DORA metric or CNCF aspect among the team's strongest or weakest.
   *
   * @param strength the score on a common 0-1 scale (DORA score / 10, CNCF (level - 1) / 3)
   */
  public record Area(String question, String section, double score, double strength) {}

  /**
   * A weak area and what to do about it.
   *
   * @param next the next step up: the next level of a CNCF aspect, the next band of a DORA metric
   * @param actions what to work on, in the report's language, best first
   * @param passages knowledge-base passage ids the actions rest on
   */
  public record Priority(
      String question, String section, String next, List<String> actions, List<String> passages) {
    public Priority {
      actions = List.copyOf(actions);
      passages = List.copyOf(passages);
    }
  }

  /** A question answered in the previous assessment and in this one. */
  public record Change(String question, double previous, double current) {
    public double delta() {
      return current - previous;
    }
  }

  /**
   * The short text that reads the scores.
   *
   * @param mode {@code llm} or {@code offline}
   * @param citations the passage ids the text cites, in the order of its [n] markers
   * @param warning why an LLM's narrative was not used, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Narrative(String text, String mode, List<String> citations, String warning) {
    public Narrative {
      citations = List.copyOf(citations);
    }
  }
}
