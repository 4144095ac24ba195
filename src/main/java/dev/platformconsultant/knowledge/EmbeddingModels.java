package dev.platformconsultant.knowledge;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The in-process embedding model that semantic retrieval uses, and the name its cache keys on. */
public final class EmbeddingModels {
  private static final Logger log = LoggerFactory.getLogger(EmbeddingModels.class);

  /** The model's name in the embedding cache: a different model invalidates the cache. */
  public static final String NAME = "all-minilm-l6-v2-q";

  private EmbeddingModels() {}

  /**
   * The model, or empty (lexical search only) when {@code enabled} is false or the model cannot
   * load (its native ONNX runtime is missing on this platform, say).
   */
  public static Optional<EmbeddingModel> load(boolean enabled) {
    if (!enabled) {
      return Optional.empty();
    }
    try {
      return Optional.of(new AllMiniLmL6V2QuantizedEmbeddingModel());
    } catch (RuntimeException | LinkageError e) {
      log.warn("the embedding model could not load ({}); searching lexically only", e.toString());
      return Optional.empty();
    }
  }
}
