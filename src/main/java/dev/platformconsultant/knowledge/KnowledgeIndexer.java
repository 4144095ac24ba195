package dev.platformconsultant.knowledge;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.platformconsultant.text.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link HybridKnowledgeBase} from documents: chunks, the lexical index, and the
 * embeddings, read from the cache when the documents and model are unchanged. Thread-safe.
 */
public final class KnowledgeIndexer {
  private static final Logger log = LoggerFactory.getLogger(KnowledgeIndexer.class);
  private static final int EMBEDDING_BATCH = 64;

  private final Optional<EmbeddingModel> embedder;
  private final String modelName;
  private final EmbeddingCache cache;

  /**
   * @param embedder the in-process embedding model; empty for lexical search only
   * @param cacheDirectory where embeddings are kept between starts
   */
  public KnowledgeIndexer(
      Optional<EmbeddingModel> embedder, String modelName, Path cacheDirectory) {
    this.embedder = embedder;
    this.modelName = modelName;
    this.cache = new EmbeddingCache(cacheDirectory);
  }

  /** What a build did, for logs and the benchmark. */
  public record Stats(
      int documents, int chunks, boolean embeddingsFromCache, long embedMillis, long totalMillis) {}

  public record Built(HybridKnowledgeBase knowledge, Stats stats) {}

  public Built build(List<KnowledgeDocument> docs) {
    long start = System.nanoTime();
    List<Chunk> chunks = chunks(docs);
    Optional<VectorIndex> vectors = Optional.empty();
    boolean fromCache = false;
    long embedMillis = 0;
    if (embedder.isPresent() && !chunks.isEmpty()) {
      List<String> texts = chunks.stream().map(Chunk::embeddingText).toList();
      String key = EmbeddingCache.key(modelName, texts);
      Optional<List<float[]>> cached = cache.load(key, texts.size());
      fromCache = cached.isPresent();
      long embedStart = System.nanoTime();
      List<float[]> rows = cached.orElseGet(() -> embed(texts));
      embedMillis = (System.nanoTime() - embedStart) / 1_000_000;
      if (!fromCache) {
        cache.save(key, rows);
      }
      vectors = Optional.of(new VectorIndex(rows));
    }
    HybridKnowledgeBase knowledge =
        new HybridKnowledgeBase(chunks, docs.size(), vectors, embedder, translations(docs));
    Stats stats =
        new Stats(
            docs.size(),
            chunks.size(),
            fromCache,
            embedMillis,
            (System.nanoTime() - start) / 1_000_000);
    log.info("knowledge index: {}", stats);
    return new Built(knowledge, stats);
  }

  private List<float[]> embed(List<String> texts) {
    List<float[]> rows = new ArrayList<>(texts.size());
    for (int from = 0; from < texts.size(); from += EMBEDDING_BATCH) {
      List<TextSegment> batch =
          texts.subList(from, Math.min(texts.size(), from + EMBEDDING_BATCH)).stream()
              .map(TextSegment::from)
              .toList();
      for (Embedding e : embedder.orElseThrow().embedAll(batch).content()) {
        rows.add(e.vector());
      }
    }
    return rows;
  }

  /** Every translated section as a passage with its original's id, by translation key. */
  static java.util.Map<String, Passage> translations(List<KnowledgeDocument> docs) {
    java.util.Map<String, Passage> all = new java.util.HashMap<>();
    for (KnowledgeDocument doc : docs) {
      for (Translation t : doc.translations().values()) {
        Language language = Language.valueOf(t.language().toUpperCase(java.util.Locale.ROOT));
        String title = t.title().isBlank() ? doc.title() : t.title();
        t.sections()
            .forEach(
                (slug, section) -> {
                  String id = doc.id() + "#" + slug;
                  all.put(
                      HybridKnowledgeBase.translationKey(id, language),
                      new Passage(
                          id,
                          doc.id(),
                          title,
                          doc.kind(),
                          section.heading(),
                          t.path().toString(),
                          section.text(),
                          0,
                          0));
                });
      }
    }
    return all;
  }

  static List<Chunk> chunks(List<KnowledgeDocument> docs) {
    List<Chunk> chunks = new ArrayList<>();
    for (KnowledgeDocument doc : docs) {
      for (Section section : doc.sections()) {
        chunks.add(Chunk.of(doc, section));
      }
    }
    return chunks;
  }
}
