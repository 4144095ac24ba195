package dev.platformconsultant.knowledge;

import dev.platformconsultant.text.TokenCounter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Turns one Markdown file into a {@link KnowledgeDocument}: front matter through commonmark's YAML
 * extension, then one {@link Section} per heading (level 2 and below), each cut from the source
 * text so tables and code stay exactly as written. A section over the token bound is split between
 * blocks. A heading may pin its slug with a trailing {@code {#slug}} anchor (the attribute syntax
 * of Pandoc and kramdown); a translation uses it to name the section it translates. Thread-safe.
 */
public final class MarkdownDocumentParser {
  static final int MAX_SECTION_TOKENS = 450;
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Pattern ANCHOR = Pattern.compile("\\s*\\{#([a-z0-9][a-z0-9-]*)}\\s*$");
  private static final int MAX_FILE_BYTES = 1 << 20;

  private final Parser parser =
      Parser.builder()
          .extensions(List.of(YamlFrontMatterExtension.create(), TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .build();
  private final TokenCounter tokens;

  public MarkdownDocumentParser(TokenCounter tokens) {
    this.tokens = tokens;
  }

  public KnowledgeDocument parse(Path path, byte[] bytes) throws MalformedDocumentException {
    String source = decode(bytes).replace("\r\n", "\n");
    if (source.isBlank()) {
      throw new MalformedDocumentException("empty file");
    }
    if (source.startsWith("---\n")
        && !source.substring(4).matches("(?s)(.*\n)?(---|\\.\\.\\.)[ \\t]*(\n.*)?")) {
      throw new MalformedDocumentException("front matter opened with --- but never closed");
    }
    Node document = parser.parse(source);
    YamlFrontMatterVisitor frontMatter = new YamlFrontMatterVisitor();
    document.accept(frontMatter);
    Map<String, List<String>> meta = frontMatter.getData();

    String fileStem = path.getFileName().toString().replaceFirst("\\.(md|markdown)$", "");
    String id = first(meta, "id").orElseGet(() -> Slugs.of(fileStem));
    if (!ID.matcher(id).matches()) {
      throw new MalformedDocumentException(
          "front matter id '%s' is not a slug (a-z, 0-9, '-')".formatted(id));
    }
    List<Section> sections = new ArrayList<>();
    String h1 = splitSections(source, document, sections, true);
    String title =
        first(meta, "title").or(() -> java.util.Optional.ofNullable(h1)).orElse(fileStem);
    if (sections.isEmpty()) {
      throw new MalformedDocumentException("no text after the front matter");
    }
    return new KnowledgeDocument(
        id,
        title,
        first(meta, "kind").orElse("note"),
        list(meta, "tags"),
        list(meta, "aliases"),
        list(meta, "related"),
        list(meta, "sources").stream().map(DocumentSource::parse).toList(),
        path,
        sections);
  }

  /**
   * A translation of a document: its sections keyed by the anchors of their headings, whole (a
   * translation is shown, never indexed, so the token bound does not apply).
   *
   * @param language the two-letter code in the file name, {@code fr} for {@code slo.fr.md}
   */
  public Translation parseTranslation(Path path, byte[] bytes, String language)
      throws MalformedDocumentException {
    String source = decode(bytes).replace("\r\n", "\n");
    if (source.isBlank()) {
      throw new MalformedDocumentException("empty file");
    }
    Node document = parser.parse(source);
    YamlFrontMatterVisitor frontMatter = new YamlFrontMatterVisitor();
    document.accept(frontMatter);
    List<Section> sections = new ArrayList<>();
    String h1 = splitSections(source, document, sections, false);
    if (sections.isEmpty()) {
      throw new MalformedDocumentException("no text after the front matter");
    }
    Map<String, Section> bySlug = new java.util.LinkedHashMap<>();
    sections.forEach(s -> bySlug.put(s.slug(), s));
    String title =
        first(frontMatter.getData(), "title")
            .or(() -> java.util.Optional.ofNullable(h1))
            .orElse("");
    return new Translation(language, title, path, bySlug);
  }

  /**
   * Fills {@code sections}, splitting long ones when {@code split}; returns the text of a level-1
   * heading if the document has one.
   */
  private String splitSections(
      String source, Node document, List<Section> sections, boolean split) {
    List<String> path = new ArrayList<>();
    List<Node> blocks = new ArrayList<>();
    Set<String> slugs = new HashSet<>();
    String h1 = null;
    String currentSlug = null;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof YamlFrontMatterBlock) {
        continue;
      }
      if (node instanceof Heading heading) {
        flush(source, currentSlug, path, blocks, slugs, sections, split);
        blocks.clear();
        String text = inlineText(heading).strip();
        var anchor = ANCHOR.matcher(text);
        String slug = anchor.find() ? anchor.group(1) : null;
        text = slug == null ? text : text.substring(0, anchor.start()).strip();
        if (heading.getLevel() == 1) {
          h1 = h1 == null ? text : h1;
          path.clear();
          currentSlug = null;
          continue;
        }
        int depth = heading.getLevel() - 2;
        while (path.size() > depth) {
          path.removeLast();
        }
        path.add(text);
        currentSlug = slug == null ? Slugs.of(text) : slug;
        continue;
      }
      blocks.add(node);
    }
    flush(source, currentSlug, path, blocks, slugs, sections, split);
    return h1;
  }

  private void flush(
      String source,
      String slug,
      List<String> path,
      List<Node> blocks,
      Set<String> slugs,
      List<Section> sections,
      boolean split) {
    if (blocks.isEmpty()) {
      return;
    }
    List<String> headings = slug == null ? List.of("Overview") : List.copyOf(path);
    String baseSlug = uniqueSlug(slug == null ? "overview" : slug, slugs);
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (Node block : blocks) {
      String text = sourceOf(source, block);
      if (split && !part.isEmpty() && tokens.count(part + "\n\n" + text) > MAX_SECTION_TOKENS) {
        parts.add(part.toString());
        part.setLength(0);
      }
      if (!part.isEmpty()) {
        part.append("\n\n");
      }
      part.append(text);
    }
    parts.add(part.toString());
    for (int i = 0; i < parts.size(); i++) {
      String text = parts.get(i).strip();
      if (text.isEmpty()) {
        continue;
      }
      String partSlug = i == 0 ? baseSlug : uniqueSlug(baseSlug + "-part-" + (i + 1), slugs);
      sections.add(new Section(partSlug, headings, text));
    }
  }

  private static String uniqueSlug(String base, Set<String> taken) {
    String slug = base;
    for (int n = 2; !taken.add(slug); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }

  private static String sourceOf(String source, Node block) {
    List<SourceSpan> spans = block.getSourceSpans();
    if (spans.isEmpty()) {
      return "";
    }
    SourceSpan first = spans.getFirst();
    SourceSpan last = spans.getLast();
    int start = first.getInputIndex() - first.getColumnIndex();
    int end = Math.min(source.length(), last.getInputIndex() + last.getLength());
    return source.substring(Math.max(0, start), end);
  }

  private static String inlineText(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            text.append(t.getLiteral());
          }

          @Override
          public void visit(Code code) {
            text.append(code.getLiteral());
          }
        });
    return text.toString();
  }

  private static String decode(byte[] bytes) throws MalformedDocumentException {
    if (bytes.length > MAX_FILE_BYTES) {
      throw new MalformedDocumentException("larger than 1 MiB");
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new MalformedDocumentException("binary file (NUL bytes)");
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString()
          .replaceFirst("^\uFEFF", "");
    } catch (CharacterCodingException e) {
      throw new MalformedDocumentException("not UTF-8 text");
    }
  }

  private static java.util.Optional<String> first(Map<String, List<String>> meta, String key) {
    return list(meta, key).stream().findFirst();
  }

  private static List<String> list(Map<String, List<String>> meta, String key) {
    return meta.getOrDefault(key, List.of()).stream()
        .map(MarkdownDocumentParser::unquote)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String unquote(String value) {
    String v = value.strip();
    if (v.length() >= 2
        && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
      return v.substring(1, v.length() - 1).strip();
    }
    return v;
  }
}
