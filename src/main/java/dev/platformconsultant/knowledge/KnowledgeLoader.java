package dev.platformconsultant.knowledge;

import dev.platformconsultant.text.Language;
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
 *
 * <p>{@code <name>.fr.md} (any two-letter language code) is the translation of {@code <name>.md} in
 * the same directory: it is attached to that document, not loaded as one. It must sit beside its
 * document, so a team that overrides a shipped document without translating it does not get the
 * shipped translation of a text it replaced.
 */
public final class KnowledgeLoader {
  private static final Logger log = LoggerFactory.getLogger(KnowledgeLoader.class);
  private static final java.util.regex.Pattern TRANSLATION =
      java.util.regex.Pattern.compile("(.+)\\.([a-z]{2})\\.(md|markdown)");

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
    Map<Path, String> idByFile = new LinkedHashMap<>();
    List<Path> translations = new ArrayList<>();
    for (Path file : byFileName.values()) {
      if (TRANSLATION.matcher(file.getFileName().toString()).matches()) {
        translations.add(file);
        continue;
      }
      try {
        KnowledgeDocument doc = parser.parse(file, Files.readAllBytes(file));
        KnowledgeDocument clash = byId.putIfAbsent(doc.id(), doc);
        if (clash != null) {
          warn(
              warnings,
              "%s: id '%s' is already used by %s; skipped".formatted(file, doc.id(), clash.path()));
        } else {
          idByFile.put(file, doc.id());
        }
      } catch (MalformedDocumentException e) {
        warn(warnings, "%s: %s; skipped".formatted(file, e.getMessage()));
      } catch (IOException e) {
        warn(warnings, "%s: could not be read (%s); skipped".formatted(file, e.getMessage()));
      }
    }
    for (Path file : translations) {
      attach(file, byFileName, idByFile, byId, warnings);
    }
    return new Loaded(new ArrayList<>(byId.values()), warnings);
  }

  private void attach(
      Path file,
      Map<String, Path> byFileName,
      Map<Path, String> idByFile,
      Map<String, KnowledgeDocument> byId,
      List<String> warnings) {
    var name = TRANSLATION.matcher(file.getFileName().toString());
    name.matches();
    String language = name.group(2);
    if (language.equals("en")
        || java.util.Arrays.stream(Language.values())
            .noneMatch(l -> l.name().equalsIgnoreCase(language))) {
      warn(
          warnings,
          "%s: '%s' is not a language answers are written in (documents are English; translations: fr); skipped"
              .formatted(file, language));
      return;
    }
    Path original = byFileName.get(name.group(1) + "." + name.group(3));
    if (original == null) {
      warn(
          warnings,
          "%s: no %s.%s to translate; skipped".formatted(file, name.group(1), name.group(3)));
      return;
    }
    if (!original.getParent().equals(file.getParent()) || !idByFile.containsKey(original)) {
      // The document was overridden (or skipped): this translation is of a text no longer served.
      log.debug("{}: its document {} is not the one loaded; not attached", file, original);
      return;
    }
    KnowledgeDocument doc = byId.get(idByFile.get(original));
    try {
      Translation t = parser.parseTranslation(file, Files.readAllBytes(file), language);
      Map<String, Section> kept = new LinkedHashMap<>();
      java.util.Set<String> slugs = new java.util.HashSet<>();
      doc.sections().forEach(s -> slugs.add(s.slug()));
      t.sections()
          .forEach(
              (slug, section) -> {
                if (slugs.contains(slug)) {
                  kept.put(slug, section);
                } else {
                  warn(
                      warnings,
                      "%s: section '%s' translates nothing in %s (write the English slug as {#slug} after the heading); skipped"
                          .formatted(file, slug, original.getFileName()));
                }
              });
      byId.put(
          doc.id(), doc.withTranslation(new Translation(t.language(), t.title(), t.path(), kept)));
    } catch (MalformedDocumentException e) {
      warn(warnings, "%s: %s; skipped".formatted(file, e.getMessage()));
    } catch (IOException e) {
      warn(warnings, "%s: could not be read (%s); skipped".formatted(file, e.getMessage()));
    }
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
