package dev.platformconsultant.slack;

import java.util.Objects;

/**
 * A file the bot shares beside an answer: an ADR draft as Markdown, an assessment's charts and
 * report.
 *
 * @param altText what an image shows, for screen readers; empty for other files
 */
record SharedFile(String filename, String title, byte[] content, String altText) {
  SharedFile {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(altText, "altText");
  }

  static SharedFile text(String filename, String title, String content) {
    return new SharedFile(
        filename, title, content.getBytes(java.nio.charset.StandardCharsets.UTF_8), "");
  }
}
