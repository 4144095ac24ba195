package dev.platformconsultant.ops;

import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.text.Language;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Optional;

/** Measures retrieval latency. Thread-safe. */
public final class MeteredKnowledgeBase implements KnowledgeBase {
  private final KnowledgeBase delegate;
  private final Timer search;

  public MeteredKnowledgeBase(KnowledgeBase delegate, MeterRegistry registry) {
    this.delegate = delegate;
    this.search =
        Timer.builder("consultant.retrieval.latency")
            .publishPercentileHistogram()
            .register(registry);
  }

  @Override
  public List<Passage> search(String query, int limit) {
    return search.record(() -> delegate.search(query, limit));
  }

  @Override
  public Optional<Passage> passage(String id) {
    return delegate.passage(id);
  }

  @Override
  public List<Passage> passagesOf(String documentId) {
    return delegate.passagesOf(documentId);
  }

  @Override
  public Optional<Passage> translated(String id, Language language) {
    return delegate.translated(id, language);
  }

  @Override
  public int passageCount() {
    return delegate.passageCount();
  }

  @Override
  public int documentCount() {
    return delegate.documentCount();
  }
}
