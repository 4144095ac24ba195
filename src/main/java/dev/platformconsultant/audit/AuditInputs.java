package dev.platformconsultant.audit;

import dev.platformconsultant.assessment.Assessment;
import dev.platformconsultant.review.Review;
import dev.platformconsultant.scan.ScanReport;
import dev.platformconsultant.text.Language;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an audit is written from: the team's latest assessment, design reviews, and notes (from
 * interviews, a thread, a document), each named by where it came from.
 */
public record AuditInputs(
    String team,
    Optional<Assessment> assessment,
    List<Named<Review>> reviews,
    List<Named<Review>> notes,
    Language language,
    List<ScanReport> scans) {
  public AuditInputs {
    scans = List.copyOf(scans);
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(assessment, "assessment");
    reviews = List.copyOf(reviews);
    notes = List.copyOf(notes);
    Objects.requireNonNull(language, "language");
  }

  /**
   * A review (of a design, or of notes read as one) and the file or thread it came from.
   *
   * @param name as the reader knows it: {@code checkout-service.md}, {@code the thread}
   */
  public record Named<T>(String name, T value) {}

  /** Without repository scans. */
  public AuditInputs(
      String team,
      Optional<Assessment> assessment,
      List<Named<Review>> reviews,
      List<Named<Review>> notes,
      Language language) {
    this(team, assessment, reviews, notes, language, List.of());
  }

  public boolean isEmpty() {
    return assessment.isEmpty() && reviews.isEmpty() && notes.isEmpty() && scans.isEmpty();
  }
}
