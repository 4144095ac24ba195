package dev.platformconsultant.knowledge;

import java.util.List;
import java.util.Optional;

/** Searchable knowledge: ranked passages for a question. Implementations are thread-safe. */
public interface KnowledgeBase {

  /** The best passages for {@code query}, best first; empty when nothing matches. */
  List<Passage> search(String query, int limit);

  /**
   * The passage with this id ({@code doc-id#section-slug}), or the first section of a document id.
   */
  Optional<Passage> passage(String id);

  /** Every section of a document, in order; empty if there is no such document. */
  List<Passage> passagesOf(String documentId);

  int passageCount();

  int documentCount();
}
