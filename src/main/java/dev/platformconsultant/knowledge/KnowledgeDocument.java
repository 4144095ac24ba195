package dev.platformconsultant.knowledge;

import java.nio.file.Path;
import java.util.List;

/** A Markdown document of the knowledge base: its front matter and its sections. Immutable. */
public record KnowledgeDocument(
    String id,
    String title,
    String kind,
    List<String> tags,
    List<String> aliases,
    List<String> related,
    List<DocumentSource> sources,
    Path path,
    List<Section> sections) {

  public KnowledgeDocument {
    tags = List.copyOf(tags);
    aliases = List.copyOf(aliases);
    related = List.copyOf(related);
    sources = List.copyOf(sources);
    sections = List.copyOf(sections);
  }
}
