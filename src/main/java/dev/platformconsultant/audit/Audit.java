package dev.platformconsultant.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * An audit report, as the audit-report-swot template structures it: an executive summary, the scope
 * and evidence, the current state, a SWOT whose every item names its evidence, risks ranked by
 * consequence and recommendations traceable to what they address.
 *
 * @param id {@code <team slug>-<yyyyMMdd-HHmmss>}
 * @param language {@code en} or {@code fr}
 * @param mode {@code llm} or {@code offline}
 * @param warning why the LLM's audit was not used, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Audit(
    String id,
    String team,
    String date,
    String language,
    String summary,
    List<String> currentState,
    List<Item> strengths,
    List<Item> weaknesses,
    List<Item> opportunities,
    List<Item> threats,
    List<Risk> risks,
    List<Recommendation> recommendations,
    List<Evidence> evidence,
    List<String> passages,
    String assessmentId,
    String mode,
    String warning) {
  public Audit {
    Objects.requireNonNull(id, "id");
    currentState = List.copyOf(currentState);
    strengths = List.copyOf(strengths);
    weaknesses = List.copyOf(weaknesses);
    opportunities = List.copyOf(opportunities);
    threats = List.copyOf(threats);
    risks = List.copyOf(risks);
    recommendations = List.copyOf(recommendations);
    evidence = List.copyOf(evidence);
    passages = List.copyOf(passages);
  }

  public Audit withWarning(String text) {
    return new Audit(
        id,
        team,
        date,
        language,
        summary,
        currentState,
        strengths,
        weaknesses,
        opportunities,
        threats,
        risks,
        recommendations,
        evidence,
        passages,
        assessmentId,
        mode,
        text);
  }

  /** A SWOT item: a statement and the ids of the evidence it rests on. */
  public record Item(String text, List<String> evidence) {
    public Item {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * A risk: what may happen, its consequence, and its severity ({@code critical}, {@code high},
   * {@code medium}).
   */
  public record Risk(String text, String consequence, String severity, List<String> evidence) {
    public Risk {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * A recommendation, and what it addresses.
   *
   * @param addresses the evidence ids it answers
   * @param passages knowledge-base passage ids it rests on
   */
  public record Recommendation(String text, List<String> addresses, List<String> passages) {
    public Recommendation {
      addresses = List.copyOf(addresses);
      passages = List.copyOf(passages);
    }
  }
}
