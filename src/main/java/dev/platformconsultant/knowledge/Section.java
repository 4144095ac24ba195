package dev.platformconsultant.knowledge;

import java.util.List;

/**
 * One heading section of a knowledge document, the unit that is indexed, retrieved and cited.
 *
 * @param slug unique within its document; with the document id it forms the passage id
 * @param headings the heading path from the first section level down to this one
 * @param text the section's Markdown as written, without its heading line
 */
public record Section(String slug, List<String> headings, String text) {
  public Section {
    headings = List.copyOf(headings);
  }

  public String heading() {
    return String.join(" > ", headings);
  }
}
