package dev.platformconsultant.knowledge;

import java.util.Set;

/**
 * How much of a query a piece of text speaks to, with the same French and English analysis as the
 * index: the share of the query's meaningful terms found in the text (0 to 1). Used to trim a
 * passage to the paragraphs that answer. Thread-safe.
 */
public final class TextRelevance {
  private final org.apache.lucene.analysis.Analyzer english = Analyzers.english();
  private final org.apache.lucene.analysis.Analyzer french = Analyzers.french();

  /** The query's terms, analysed once, for scoring many texts against it. */
  public QueryTerms analyse(String query) {
    return new QueryTerms(Analyzers.terms(english, query), Analyzers.terms(french, query));
  }

  public double overlap(QueryTerms query, String text) {
    return Math.max(
        share(query.english(), Analyzers.terms(english, text)),
        share(query.french(), Analyzers.terms(french, text)));
  }

  private static double share(Set<String> wanted, Set<String> present) {
    if (wanted.isEmpty()) {
      return 0;
    }
    return (double) wanted.stream().filter(present::contains).count() / wanted.size();
  }

  /** A query's terms under each analysis. */
  public record QueryTerms(Set<String> english, Set<String> french) {
    public boolean isEmpty() {
      return english.isEmpty() && french.isEmpty();
    }
  }
}
