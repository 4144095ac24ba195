package dev.platformconsultant.audit;

import java.util.Objects;

/**
 * One fact an audit rests on: an assessment score, a review finding, a sentence of the team's
 * notes. Every SWOT item, risk and recommendation names the evidence it stands on by id, so a
 * reader can check each claim.
 *
 * @param id {@code E1}, {@code E2}… in the order collected
 * @param source where it comes from: the assessment's id, the design's or the notes' file name
 * @param text the fact as the reader sees it: a score against its benchmark, a finding with its
 *     quote, a note's sentence
 * @param weight how much it matters, 0 (a strength) to 4 (critical), to rank risks by consequence
 * @param topic what it is about, for the roadmap to size and assign the work: {@code
 *     assessment:<question id>}, or {@code review:<area id>:<checklist passage id>}; empty when
 *     unknown
 */
public record Evidence(String id, Kind kind, String source, String text, int weight, String topic) {
  public Evidence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    topic = topic == null ? "" : topic;
  }

  /** What the evidence is. */
  public enum Kind {
    ASSESSMENT,
    REVIEW,
    NOTE,
    SCAN;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
