package dev.platformconsultant.review;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluation designs (the shipped set is in src/main/resources/eval/designs, read by {@code
 * evaluation/EvalSet}): realistic designs with planted problems, stated good practices and scope
 * exclusions, and the measure of a review against them. A planted problem is found when a finding
 * cites its checklist item or quotes its phrase; it is a false strength when a strength quotes its
 * phrase; a stated practice is reported missing when a finding cites its item. Works for any
 * reviewer (offline or LLM). Thread-safe.
 */
public final class ReviewEvaluation {
  private ReviewEvaluation() {}

  /** A problem planted in a design: what it is, the item that covers it, a phrase to quote. */
  public record Planted(String problem, String item, String evidence) {}

  /** A good practice a design states, which must not be reported missing. */
  public record Practice(String practice, String item, String evidence) {}

  /** A checklist item the design's scope rules out. */
  public record OutOfScope(String item, String because) {}

  /** One evaluation design with what is expected of its review. */
  public record Design(
      String name,
      String text,
      List<Planted> planted,
      List<Practice> practices,
      List<OutOfScope> outOfScope) {
    public Design {
      planted = List.copyOf(planted);
      practices = List.copyOf(practices);
      outOfScope = List.copyOf(outOfScope);
    }
  }

  /**
   * How a review of one design did.
   *
   * @param found planted problems a finding cites or quotes
   * @param quoted planted problems a finding quotes (the stricter measure)
   * @param missed the planted problems not found
   * @param falseStrengths planted problems a strength quotes
   * @param reportedMissing stated practices a finding cites
   * @param outOfScopeSaid scope exclusions the review names as not applicable
   */
  public record Score(
      String design,
      int planted,
      int found,
      int quoted,
      List<String> missed,
      List<String> falseStrengths,
      List<String> reportedMissing,
      int outOfScopeSaid,
      int outOfScopeExpected,
      int findings,
      int questions) {

    public String line() {
      return ("%s: found %d/%d (quoted %d), false strengths %d, practices reported missing %d,"
              + " not applicable said %d/%d; %d findings, %d questions%s")
          .formatted(
              design,
              found,
              planted,
              quoted,
              falseStrengths.size(),
              reportedMissing.size(),
              outOfScopeSaid,
              outOfScopeExpected,
              findings,
              questions,
              missed.isEmpty() ? "" : "; missed: " + String.join(", ", missed));
    }
  }

  public static Score score(Design design, Review review) {
    int found = 0;
    int quoted = 0;
    List<String> missed = new ArrayList<>();
    List<String> falseStrengths = new ArrayList<>();
    for (Planted p : design.planted()) {
      String phrase = normal(p.evidence());
      // A set may give only the item or only the phrase: a blank one matches nothing.
      boolean quotes =
          !phrase.isBlank()
              && review.findings().stream().anyMatch(f -> normal(f.evidence()).contains(phrase));
      boolean cites =
          !p.item().isBlank()
              && review.findings().stream().anyMatch(f -> f.source().equals(p.item()));
      found += quotes || cites ? 1 : 0;
      quoted += quotes ? 1 : 0;
      if (!quotes && !cites) {
        missed.add(p.problem());
      }
      if (!phrase.isBlank()
          && review.strengths().stream().anyMatch(s -> normal(s).contains(phrase))) {
        falseStrengths.add(p.problem());
      }
    }
    List<String> reportedMissing =
        design.practices().stream()
            .filter(p -> review.findings().stream().anyMatch(f -> f.source().equals(p.item())))
            .map(Practice::practice)
            .toList();
    int said =
        (int)
            design.outOfScope().stream()
                .filter(o -> review.findings().stream().noneMatch(f -> f.source().equals(o.item())))
                .filter(
                    o ->
                        review.notApplicable().stream()
                            .anyMatch(n -> normal(n).contains(normal(o.because()))))
                .count();
    return new Score(
        design.name(),
        design.planted().size(),
        found,
        quoted,
        missed,
        falseStrengths,
        reportedMissing,
        said,
        design.outOfScope().size(),
        review.findings().size(),
        review.questions().size());
  }

  /** Lower case, one space for any run of spaces or hyphens: a line wrap or "big-bang" matches. */
  static String normal(String text) {
    return DesignText.fold(text).replaceAll("[\\s-]+", " ");
  }
}
