package dev.platformconsultant.review;

import java.util.Objects;

/**
 * One problem in a design.
 *
 * @param evidence what in the design shows it (a quote), or what the design is silent on
 * @param source the knowledge-base passage id the recommendation rests on
 */
public record Finding(
    Severity severity,
    Area area,
    String title,
    String evidence,
    String recommendation,
    String source) {
  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(title, "title");
    evidence = evidence == null ? "" : evidence;
    recommendation = recommendation == null ? "" : recommendation;
    source = source == null ? "" : source;
  }
}
