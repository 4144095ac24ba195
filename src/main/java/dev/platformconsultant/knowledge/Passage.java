package dev.platformconsultant.knowledge;

/**
 * A retrieved section, ready to be cited.
 *
 * @param id stable and openable: {@code doc-id#section-slug}
 * @param kind the document's kind (pattern, anti-pattern, framework, checklist, template, playbook)
 * @param heading the section's heading path ("How to measure it > Burn rate")
 * @param path the document's file, as configured (relative paths stay relative)
 * @param score the retrieval score; comparable only within one search
 * @param coverage the share of the query's meaningful terms that the passage contains, 0 to 1
 */
public record Passage(
    String id,
    String documentId,
    String title,
    String kind,
    String heading,
    String path,
    String text,
    double score,
    double coverage) {

  public Passage withScore(double newScore) {
    return new Passage(id, documentId, title, kind, heading, path, text, newScore, coverage);
  }

  public Passage withCoverage(double newCoverage) {
    return new Passage(id, documentId, title, kind, heading, path, text, score, newCoverage);
  }
}
