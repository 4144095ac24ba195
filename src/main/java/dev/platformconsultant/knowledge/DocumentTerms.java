package dev.platformconsultant.knowledge;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each document's vocabulary (title, aliases, tags and every section, in both analyses) and its
 * title's, for judging how much of a query a document speaks to. Immutable, thread-safe.
 */
final class DocumentTerms {
  private static final List<String> LANGUAGES = List.of("en", "fr");

  private final Map<String, Map<String, Set<String>>> all = new HashMap<>();
  private final Map<String, Map<String, Set<String>>> title = new HashMap<>();

  /**
   * @param translations translated sections: their document's translated title names its subject in
   *     that language too. Only the title: counting a translation's whole text would favour the
   *     translated documents over the others for every French question.
   */
  DocumentTerms(List<Chunk> chunks, Collection<Passage> translations) {
    for (Chunk chunk : chunks) {
      add(chunk.passage().documentId(), chunk.passage().title(), chunk.termsByLanguage());
    }
    for (Passage p : translations) {
      add(p.documentId(), p.title(), Map.of());
    }
  }

  private void add(String doc, String docTitle, Map<String, Set<String>> terms) {
    Map<String, Set<String>> vocabulary = all.computeIfAbsent(doc, d -> new HashMap<>());
    Map<String, Set<String>> named = title.computeIfAbsent(doc, d -> new HashMap<>());
    Map<String, Set<String>> titleTerms = LexicalIndex.termsOf(docTitle);
    for (String language : LANGUAGES) {
      vocabulary
          .computeIfAbsent(language, l -> new HashSet<>())
          .addAll(terms.getOrDefault(language, Set.of()));
      vocabulary.get(language).addAll(titleTerms.getOrDefault(language, Set.of()));
      named
          .computeIfAbsent(language, l -> new HashSet<>())
          .addAll(titleTerms.getOrDefault(language, Set.of()));
    }
  }

  /** The better evidence of two analyses: on topic first, then more terms. */
  private static int rank(Passage.Evidence e) {
    return (e.onTopic() ? 1000 : 0) + e.documentTerms() + e.titleTerms();
  }

  /** A query analysed once, to be weighed against several documents. */
  Query query(String text) {
    return new Query(LexicalIndex.termsOf(text));
  }

  final class Query {
    private final Map<String, Set<String>> terms;

    private Query(Map<String, Set<String>> terms) {
      this.terms = terms;
    }

    /** The evidence for a document, in whichever analysis (English or French) matches it best. */
    Passage.Evidence evidence(String documentId, boolean semantic) {
      Passage.Evidence best = null;
      for (String language : LANGUAGES) {
        Set<String> wanted = terms.getOrDefault(language, Set.of());
        Set<String> present =
            all.getOrDefault(documentId, Map.of()).getOrDefault(language, Set.of());
        Set<String> named =
            title.getOrDefault(documentId, Map.of()).getOrDefault(language, Set.of());
        int found = (int) wanted.stream().filter(present::contains).count();
        int inTitle = (int) wanted.stream().filter(named::contains).count();
        Passage.Evidence e = new Passage.Evidence(wanted.size(), found, inTitle, semantic);
        if (best == null || rank(e) > rank(best)) {
          best = e;
        }
      }
      return best;
    }
  }
}
