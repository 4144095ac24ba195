package dev.platformconsultant.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the knowledge directories. A later directory's file replaces an earlier one of the same
 * name, so a team overrides a shipped document by writing its own copy. A file that cannot be used
 * is skipped with a warning naming it; a missing directory is a warning too. Never throws for
 * content.
 */
public final class KnowledgeLoader {
  private static final Logger log = LoggerFactory.getLogger(KnowledgeLoader.class);

  private final MarkdownDocumentParser parser;

  public KnowledgeLoader(MarkdownDocumentParser parser) {
    this.parser = parser;
  }

  /** The documents found, and one line per file or directory that was skipped. */
  public record Loaded(List<KnowledgeDocument> documents, List<String> warnings) {
    public Loaded {
      documents = List.copyOf(documents);
      warnings = List.copyOf(warnings);
    }
  }

  public Loaded load(List<Path> directories) {
    Map<String, Path> byFileName = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    for (Path dir : directories) {
      if (!Files.isDirectory(dir)) {
        warn(warnings, "knowledge directory %s does not exist; skipped".formatted(dir));
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        files
            .filter(Files::isRegularFile)
            .filter(file -> !file.getFileName().toString().startsWith("."))
            .sorted()
            .forEach(
                file -> {
                  if (isMarkdown(file)) {
                    byFileName.put(file.getFileName().toString(), file);
                  } else if (!isReadme(file)) {
                    warn(warnings, "%s: not a Markdown file (.md); skipped".formatted(file));
                  }
                });
      } catch (IOException | java.io.UncheckedIOException e) {
        warn(
            warnings,
            "knowledge directory %s could not be read (%s); skipped"
                .formatted(dir, e.getMessage()));
      }
    }
    Map<String, KnowledgeDocument> byId = new LinkedHashMap<>();
    for (Path file : byFileName.values()) {
      try {
        KnowledgeDocument doc = parser.parse(file, Files.readAllBytes(file));
        KnowledgeDocument clash = byId.putIfAbsent(doc.id(), doc);
        if (clash != null) {
          warn(
              warnings,
              "%s: id '%s' is already used by %s; skipped".formatted(file, doc.id(), clash.path()));
        }
      } catch (MalformedDocumentException e) {
        warn(warnings, "%s: %s; skipped".formatted(file, e.getMessage()));
      } catch (IOException e) {
        warn(warnings, "%s: could not be read (%s); skipped".formatted(file, e.getMessage()));
      }
    }
    return new Loaded(new ArrayList<>(byId.values()), warnings);
  }

  private static boolean isMarkdown(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return (name.endsWith(".md") || name.endsWith(".markdown")) && !isReadme(file);
  }

  /** A directory's README describes the directory to its editors; it is not knowledge. */
  private static boolean isReadme(Path file) {
    return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).startsWith("readme");
  }

  private static void warn(List<String> warnings, String line) {
    warnings.add(line);
    log.warn(line);
  }
}
