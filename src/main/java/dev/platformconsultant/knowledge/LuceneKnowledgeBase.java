package dev.platformconsultant.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge base searched lexically (BM25, French and English analysis). Built once from loaded
 * documents; immutable and thread-safe. Results are diversified: at most {@value #PER_DOCUMENT}
 * sections of one document before other documents get a place.
 */
public final class LuceneKnowledgeBase implements KnowledgeBase {
  static final int PER_DOCUMENT = 2;

  /**
   * Longer queries are cut: Lucene refuses a query of over 1,024 clauses (eight fields per term),
   * and the opening of a long paste says what it is about.
   */
  static final int MAX_QUERY_CHARS = 600;

  private final List<Chunk> chunks;
  private final Map<String, Integer> byId = new HashMap<>();
  private final Map<String, Integer> firstOfDocument = new HashMap<>();
  private final int documents;
  private final LexicalIndex index;

  public LuceneKnowledgeBase(List<KnowledgeDocument> docs) {
    List<Chunk> all = new ArrayList<>();
    for (KnowledgeDocument doc : docs) {
      for (Section section : doc.sections()) {
        all.add(Chunk.of(doc, section));
      }
    }
    this.chunks = List.copyOf(all);
    for (int i = 0; i < chunks.size(); i++) {
      byId.put(chunks.get(i).passage().id(), i);
      firstOfDocument.putIfAbsent(chunks.get(i).passage().documentId(), i);
    }
    this.documents = docs.size();
    this.index = new LexicalIndex(chunks);
  }

  @Override
  public List<Passage> search(String query, int limit) {
    if (query == null || query.isBlank() || limit <= 0) {
      return List.of();
    }
    if (query.length() > MAX_QUERY_CHARS) {
      int cut = query.lastIndexOf(' ', MAX_QUERY_CHARS);
      query = query.substring(0, cut > MAX_QUERY_CHARS / 2 ? cut : MAX_QUERY_CHARS);
    }
    String text = query;
    List<LexicalIndex.Hit> hits = index.search(text, Math.max(limit * 4, 20));
    return diversify(hits, limit).stream()
        .map(hit -> chunks.get(hit.chunk()).passage().withScore(hit.score()))
        .map(p -> withCoverage(p, text))
        .toList();
  }

  private Passage withCoverage(Passage p, String query) {
    double coverage = index.coverage(query, byId.get(p.id()));
    return new Passage(
        p.id(), p.documentId(), p.title(), p.heading(), p.path(), p.text(), p.score(), coverage);
  }

  private List<LexicalIndex.Hit> diversify(List<LexicalIndex.Hit> hits, int limit) {
    Map<String, Integer> perDocument = new LinkedHashMap<>();
    List<LexicalIndex.Hit> picked = new ArrayList<>();
    List<LexicalIndex.Hit> overflow = new ArrayList<>();
    for (LexicalIndex.Hit hit : hits) {
      String doc = chunks.get(hit.chunk()).passage().documentId();
      if (perDocument.merge(doc, 1, Integer::sum) <= PER_DOCUMENT) {
        picked.add(hit);
      } else {
        overflow.add(hit);
      }
    }
    picked.addAll(overflow);
    return picked.subList(0, Math.min(limit, picked.size()));
  }

  @Override
  public Optional<Passage> passage(String id) {
    Integer at = byId.get(id);
    if (at == null && !id.contains("#")) {
      at = firstOfDocument.get(id);
    }
    return at == null ? Optional.empty() : Optional.of(chunks.get(at).passage());
  }

  @Override
  public int passageCount() {
    return chunks.size();
  }

  @Override
  public int documentCount() {
    return documents;
  }
}
