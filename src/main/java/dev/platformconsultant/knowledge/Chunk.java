package dev.platformconsultant.knowledge;

import java.util.Map;
import java.util.Set;

/**
 * A section prepared for indexing: the passage it yields plus what the indexes need of its
 * document.
 */
record Chunk(Passage passage, String aliases, Map<String, Set<String>> termsByLanguage) {

  Set<String> terms(String language) {
    return termsByLanguage.getOrDefault(language, Set.of());
  }

  static Chunk of(KnowledgeDocument doc, Section section) {
    Passage passage =
        new Passage(
            doc.id() + "#" + section.slug(),
            doc.id(),
            doc.title(),
            doc.kind(),
            section.heading(),
            doc.path().toString(),
            section.text(),
            0,
            0);
    String aliases = String.join(" ; ", doc.aliases()) + " ; " + String.join(" ; ", doc.tags());
    String all = String.join("\n", doc.title(), aliases, section.heading(), section.text());
    return new Chunk(passage, aliases, LexicalIndex.termsOf(all));
  }

  /** The text an embedding model sees: where the passage sits, then what it says. */
  String embeddingText() {
    return passage.title() + " > " + passage.heading() + "\n" + passage.text();
  }
}
