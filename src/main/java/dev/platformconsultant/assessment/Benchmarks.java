package dev.platformconsultant.assessment;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The published distribution a team's scores are compared with: DORA's, as its Quick Check compares
 * them. DORA publishes means and standard deviations, not clusters, for this data (see the
 * knowledge base's {@code dora-metrics}), so that is all a comparison says.
 *
 * @param dataYear the year of the research the numbers come from
 * @param metrics per DORA metric id
 * @param industries the overall score by industry, where published
 * @param organisationSizes the overall score by organisation size, where published
 * @param caveat what the reader should know about these numbers, when anything
 */
public record Benchmarks(
    int dataYear,
    String source,
    Distribution overall,
    Map<String, Distribution> metrics,
    List<Group> industries,
    List<Group> organisationSizes,
    Optional<Text> caveat) {
  public Benchmarks {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(overall, "overall");
    metrics = Map.copyOf(metrics);
    industries = List.copyOf(industries);
    organisationSizes = List.copyOf(organisationSizes);
  }

  public Optional<Group> industry(String id) {
    return industries.stream().filter(g -> g.id().equals(id)).findFirst();
  }

  public Optional<Group> organisationSize(String id) {
    return organisationSizes.stream().filter(g -> g.id().equals(id)).findFirst();
  }

  /** A published mean and standard deviation of 0-10 scores. */
  public record Distribution(double mean, double standardDeviation) {
    /** How many standard deviations {@code score} lies from the mean. */
    public double deviations(double score) {
      return standardDeviation == 0 ? 0 : (score - mean) / standardDeviation;
    }
  }

  /** A published slice of respondents (an industry, an organisation size). */
  public record Group(String id, Text name, Distribution distribution) {}
}
