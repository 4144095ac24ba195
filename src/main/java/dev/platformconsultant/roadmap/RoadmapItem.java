package dev.platformconsultant.roadmap;

import java.util.List;
import java.util.Objects;

/**
 * One step of the roadmap.
 *
 * @param number its place in the plan, from 1, which dependencies refer to
 * @param impact 1 to 5, from the weight of what it addresses (a critical finding is 5)
 * @param effort {@code days}, {@code weeks} or {@code months}
 * @param risk the risk it reduces: the severity of what it addresses ({@code critical}, {@code
 *     high}, {@code medium}, {@code low})
 * @param owner the Team Topologies team type proposed to own it ({@code stream-aligned}, {@code
 *     platform}, {@code enabling})
 * @param dependsOn the numbers of the items to finish first
 * @param horizon {@code 0-30}, {@code 30-90} (days) or {@code 3-12} (months)
 * @param evidence the audit's evidence ids it answers
 * @param passages knowledge-base passages on how
 */
public record RoadmapItem(
    int number,
    String title,
    int impact,
    String effort,
    String risk,
    String owner,
    List<Integer> dependsOn,
    String horizon,
    List<String> evidence,
    List<String> passages) {
  public RoadmapItem {
    Objects.requireNonNull(title, "title");
    dependsOn = List.copyOf(dependsOn);
    evidence = List.copyOf(evidence);
    passages = List.copyOf(passages);
    if (impact < 1 || impact > 5) {
      throw new IllegalArgumentException("impact is 1 to 5: " + impact);
    }
  }

  /** Person-weeks the effort stands for, to score and to place on the matrix. */
  public double effortWeeks() {
    return switch (effort) {
      case "days" -> 1;
      case "weeks" -> 4;
      default -> 12;
    };
  }

  /** Impact per person-week: the one scoring method applied to every item. */
  public double score() {
    return Math.round(impact / effortWeeks() * 100) / 100.0;
  }

  public boolean quickWin() {
    return impact >= 4 && effort.equals("days");
  }
}
