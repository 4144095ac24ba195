package dev.platformconsultant.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A Markdown document of the knowledge base: its front matter, its sections and its translations
 * (by language code). Immutable.
 */
public record KnowledgeDocument(
    String id,
    String title,
    String kind,
    List<String> tags,
    List<String> aliases,
    List<String> related,
    List<DocumentSource> sources,
    Path path,
    List<Section> sections,
    Map<String, Translation> translations) {

  public KnowledgeDocument {
    tags = List.copyOf(tags);
    aliases = List.copyOf(aliases);
    related = List.copyOf(related);
    sources = List.copyOf(sources);
    sections = List.copyOf(sections);
    translations = Map.copyOf(translations);
  }

  /** A document as parsed, before any translation is attached. */
  public KnowledgeDocument(
      String id,
      String title,
      String kind,
      List<String> tags,
      List<String> aliases,
      List<String> related,
      List<DocumentSource> sources,
      Path path,
      List<Section> sections) {
    this(id, title, kind, tags, aliases, related, sources, path, sections, Map.of());
  }

  public KnowledgeDocument withTranslation(Translation translation) {
    Map<String, Translation> all = new java.util.HashMap<>(translations);
    all.put(translation.language(), translation);
    return new KnowledgeDocument(
        id, title, kind, tags, aliases, related, sources, path, sections, all);
  }
}
