package dev.platformconsultant.knowledge;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.platformconsultant.text.Language;
import dev.platformconsultant.text.LanguageDetector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge base: lexical BM25 (French and English analysis) fused with in-process embeddings
 * by reciprocal rank fusion. Without embeddings (disabled, or the model could not load) it is
 * lexical only. Results are diversified: at most {@value #PER_DOCUMENT} sections of one document
 * before others get a place. Immutable and thread-safe; built by {@link KnowledgeIndexer}.
 */
public final class HybridKnowledgeBase implements KnowledgeBase {
  static final int PER_DOCUMENT = 2;

  static final int DISTINCT_FIRST = 5;

  /**
   * Longer queries are cut: Lucene refuses a query of over 1,024 clauses (eight fields per term),
   * and the opening of a long paste says what it is about.
   */
  static final int MAX_QUERY_CHARS = 600;

  /** The usual RRF constant: ranks deep in a list still count, a little. */
  static final int RRF_K = 60;

  private static final int CANDIDATES = 50;
  private final LanguageDetector languages = new LanguageDetector();

  private final List<Chunk> chunks;
  private final Map<String, Integer> byId = new HashMap<>();
  private final Map<String, Integer> firstOfDocument = new HashMap<>();
  private final DocumentTerms documentTerms;
  private final Map<String, Passage> translations;
  private final int documents;
  private final LexicalIndex lexical;
  private final Optional<VectorIndex> vectors;
  private final Optional<EmbeddingModel> embedder;

  HybridKnowledgeBase(
      List<Chunk> chunks,
      int documents,
      Optional<VectorIndex> vectors,
      Optional<EmbeddingModel> embedder) {
    this(chunks, documents, vectors, embedder, Map.of());
  }

  /**
   * @param translations passages in other languages, by {@link #translationKey}
   */
  HybridKnowledgeBase(
      List<Chunk> chunks,
      int documents,
      Optional<VectorIndex> vectors,
      Optional<EmbeddingModel> embedder,
      Map<String, Passage> translations) {
    this.chunks = List.copyOf(chunks);
    this.documentTerms = new DocumentTerms(this.chunks, translations.values());
    this.translations = Map.copyOf(translations);
    for (int i = 0; i < this.chunks.size(); i++) {
      byId.put(this.chunks.get(i).passage().id(), i);
      firstOfDocument.putIfAbsent(this.chunks.get(i).passage().documentId(), i);
    }
    this.documents = documents;
    this.lexical = new LexicalIndex(this.chunks);
    this.vectors = vectors.filter(v -> embedder.isPresent());
    this.embedder = embedder;
  }

  /** A lexical-only base, for tests and for when no embedding model is available. */
  public static HybridKnowledgeBase lexical(List<KnowledgeDocument> docs) {
    return new HybridKnowledgeBase(
        KnowledgeIndexer.chunks(docs),
        docs.size(),
        Optional.empty(),
        Optional.empty(),
        KnowledgeIndexer.translations(docs));
  }

  static String translationKey(String passageId, Language language) {
    return language.name().toLowerCase(java.util.Locale.ROOT) + ":" + passageId;
  }

  public boolean usesEmbeddings() {
    return vectors.isPresent();
  }

  @Override
  public List<Passage> search(String query, int limit) {
    if (query == null || query.isBlank() || limit <= 0) {
      return List.of();
    }
    String text = query.length() <= MAX_QUERY_CHARS ? query : cut(query);
    List<LexicalIndex.Hit> lexicalHits = lexical.search(text, CANDIDATES);
    Map<Integer, Double> fused = new LinkedHashMap<>();
    addRanks(fused, lexicalHits, 1.0);
    java.util.Set<Integer> close = new java.util.HashSet<>();
    if (vectors.isPresent()) {
      float[] q = embedder.orElseThrow().embed(text).content().vector();
      // A chunk only the embedding finds must be somewhat close; otherwise any query returns
      // something.
      List<LexicalIndex.Hit> semantic =
          vectors.get().search(q, CANDIDATES).stream().filter(h -> h.score() > 0.25).toList();
      // The embedding model is English-only: its ranking of a French question is weak, so it weighs
      // less there, where the French analysis and the aliases carry the search.
      addRanks(fused, semantic, languages.detect(text) == Language.FR ? 0.5 : 1.5);
      semantic.forEach(h -> close.add(h.chunk()));
    }
    DocumentTerms.Query terms = documentTerms.query(text);
    List<LexicalIndex.Hit> ranked =
        fused.entrySet().stream()
            .map(e -> new LexicalIndex.Hit(e.getKey(), e.getValue()))
            .sorted((a, b) -> Double.compare(b.score(), a.score()))
            .toList();
    return diversify(ranked, limit).stream()
        .map(
            hit -> {
              Passage p = chunks.get(hit.chunk()).passage();
              return p.withScore(hit.score())
                  .withCoverage(lexical.coverage(text, hit.chunk()))
                  .withEvidence(terms.evidence(p.documentId(), close.contains(hit.chunk())));
            })
        .toList();
  }

  private static void addRanks(
      Map<Integer, Double> fused, List<LexicalIndex.Hit> hits, double weight) {
    for (int rank = 0; rank < hits.size(); rank++) {
      fused.merge(hits.get(rank).chunk(), weight / (RRF_K + rank + 1), Double::sum);
    }
  }

  private static String cut(String query) {
    int cut = query.lastIndexOf(' ', MAX_QUERY_CHARS);
    return query.substring(0, cut > MAX_QUERY_CHARS / 2 ? cut : MAX_QUERY_CHARS);
  }

  /**
   * The first {@value #DISTINCT_FIRST} results are distinct documents (a question usually touches
   * several, and a reader scans the top); after them a document may add its second-best section, up
   * to {@value #PER_DOCUMENT}, so a prompt still gets depth on the best documents.
   */
  private List<LexicalIndex.Hit> diversify(List<LexicalIndex.Hit> hits, int limit) {
    Map<String, Integer> perDocument = new HashMap<>();
    List<LexicalIndex.Hit> picked = new ArrayList<>();
    List<LexicalIndex.Hit> rest = new ArrayList<>();
    for (LexicalIndex.Hit hit : hits) {
      String doc = chunks.get(hit.chunk()).passage().documentId();
      if (picked.size() < DISTINCT_FIRST && !perDocument.containsKey(doc)) {
        perDocument.put(doc, 1);
        picked.add(hit);
      } else {
        rest.add(hit);
      }
    }
    List<LexicalIndex.Hit> overflow = new ArrayList<>();
    for (LexicalIndex.Hit hit : rest) {
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
  public List<Passage> passagesOf(String documentId) {
    return chunks.stream()
        .map(Chunk::passage)
        .filter(p -> p.documentId().equals(documentId))
        .toList();
  }

  @Override
  public Optional<Passage> translated(String id, Language language) {
    return Optional.ofNullable(translations.get(translationKey(id, language)));
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
