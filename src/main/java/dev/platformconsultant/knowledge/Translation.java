package dev.platformconsultant.knowledge;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A knowledge document in another language, read from {@code <name>.<lang>.md} beside {@code
 * <name>.md}: its title and its sections, each keyed by the slug of the section it translates (the
 * heading's {@code {#slug}} anchor, or the overview). Translations are shown, not searched: the
 * index, the passage ids and the citations stay those of the document. Immutable.
 *
 * @param language a two-letter code, such as {@code fr}
 * @param sections by the slug of the translated section, in the order written
 */
public record Translation(String language, String title, Path path, Map<String, Section> sections) {
  public Translation {
    sections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
  }
}
