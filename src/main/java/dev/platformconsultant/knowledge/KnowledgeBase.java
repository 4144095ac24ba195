package dev.platformconsultant.knowledge;

import dev.platformconsultant.text.Language;
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

  /**
   * The passage with this id written in {@code language}, when its document has a translation of
   * that section: same id (citations do not change), translated title, heading and text. Empty
   * otherwise, and for the language documents are written in (English).
   */
  Optional<Passage> translated(String id, Language language);

  int passageCount();

  int documentCount();
}
