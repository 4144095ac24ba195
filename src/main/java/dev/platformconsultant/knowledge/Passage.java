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
 * @param evidence what the search found in the passage's favour ({@link Evidence#NONE} outside a
 *     search)
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
    double coverage,
    Evidence evidence) {

  /** A passage with no search behind it (opened by id, or built by a test). */
  public Passage(
      String id,
      String documentId,
      String title,
      String kind,
      String heading,
      String path,
      String text,
      double score,
      double coverage) {
    this(id, documentId, title, kind, heading, path, text, score, coverage, Evidence.NONE);
  }

  /**
   * Why a search returned a passage, so that a caller can tell a passage about the question from
   * the best of nothing (ranks and scores are relative: an off-topic question still gets a first
   * result). Counted on the passage's whole document, because its title and aliases say what it is
   * about and a question's words are often spread over its sections.
   *
   * @param queryTerms the query's meaningful terms (after stop words), in the analysis that matched
   *     best
   * @param documentTerms how many of them the document contains (title, aliases, tags, sections)
   * @param titleTerms how many of those are in its title
   * @param semantic whether the embedding search found the passage close to the query as well
   */
  public record Evidence(int queryTerms, int documentTerms, int titleTerms, boolean semantic) {
    public static final Evidence NONE = new Evidence(0, 0, 0, false);

    /**
     * Whether the passage's document is about the question: both searches found it, or it holds
     * every term of the question, or two of them (a term of its title counts twice: a document
     * names its subject there). One common word shared with a document ("time", "recette") is not
     * enough: that is how an off-topic question gets its nearest passage.
     */
    public boolean onTopic() {
      if (documentTerms == 0) {
        return false;
      }
      return semantic || documentTerms == queryTerms || documentTerms + titleTerms >= 2;
    }
  }

  public Passage withScore(double newScore) {
    return new Passage(
        id, documentId, title, kind, heading, path, text, newScore, coverage, evidence);
  }

  public Passage withCoverage(double newCoverage) {
    return new Passage(
        id, documentId, title, kind, heading, path, text, score, newCoverage, evidence);
  }

  public Passage withEvidence(Evidence newEvidence) {
    return new Passage(
        id, documentId, title, kind, heading, path, text, score, coverage, newEvidence);
  }
}
