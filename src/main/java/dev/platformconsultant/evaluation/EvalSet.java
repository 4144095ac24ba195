package dev.platformconsultant.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platformconsultant.text.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the consultant is evaluated on, read from a directory laid out as the shipped set (in the
 * jar, {@code eval/}): {@code retrieval/*.jsonl} (questions and the documents that answer them),
 * {@code answers.jsonl} (questions and the sections an answer must cite) and {@code designs/}
 * (designs, each with a {@code .planted.jsonl} of the problems planted in it). A part that is
 * missing is an empty list. Immutable.
 */
public record EvalSet(
    List<RetrievalQuestion> retrieval, List<AnswerQuestion> answers, List<PlantedDesign> designs) {

  public EvalSet {
    retrieval = List.copyOf(retrieval);
    answers = List.copyOf(answers);
    designs = List.copyOf(designs);
  }

  /** A question and the documents (any one) whose passages answer it. */
  public record RetrievalQuestion(String text, Language language, List<String> documents) {}

  /**
   * A question, what it asks for ({@code do}, {@code what} or {@code measure}) and the sections
   * ({@code doc#slug}, any one) the answer must cite.
   */
  public record AnswerQuestion(
      String text, Language language, String intent, List<String> sections) {}

  /**
   * A problem planted in a design: found when a finding cites its checklist {@code item} or quotes
   * its {@code evidence}.
   */
  public record Planted(String problem, String item, String evidence) {}

  public record PlantedDesign(String name, String text, List<Planted> planted) {
    public PlantedDesign {
      planted = List.copyOf(planted);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The set shipped in the jar. */
  public static EvalSet shipped() {
    URL root = EvalSet.class.getResource("/eval");
    if (root == null) {
      return new EvalSet(List.of(), List.of(), List.of());
    }
    try {
      return from(directory(root.toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the shipped evaluation set cannot be located: " + root, e);
    }
  }

  /** A team's own set, in a directory laid out as the shipped one. */
  public static EvalSet from(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a directory: " + dir);
    }
    List<RetrievalQuestion> retrieval = new ArrayList<>();
    for (Path file : files(dir.resolve("retrieval"), ".jsonl")) {
      for (JsonNode q : jsonLines(file)) {
        retrieval.add(
            new RetrievalQuestion(text(q, "q", file), language(q, file), strings(q, "expected")));
      }
    }
    List<AnswerQuestion> answers = new ArrayList<>();
    Path answersFile = dir.resolve("answers.jsonl");
    if (Files.isRegularFile(answersFile)) {
      for (JsonNode q : jsonLines(answersFile)) {
        answers.add(
            new AnswerQuestion(
                text(q, "q", answersFile),
                language(q, answersFile),
                q.path("intent").asText("do"),
                strings(q, "expected")));
      }
    }
    List<PlantedDesign> designs = new ArrayList<>();
    for (Path design : files(dir.resolve("designs"), ".md")) {
      String name = design.getFileName().toString().replaceFirst("\\.md$", "");
      Path plantedFile = design.resolveSibling(name + ".planted.jsonl");
      List<Planted> planted = new ArrayList<>();
      if (Files.isRegularFile(plantedFile)) {
        for (JsonNode p : jsonLines(plantedFile)) {
          planted.add(
              new Planted(
                  text(p, "problem", plantedFile),
                  p.path("item").asText(""),
                  p.path("evidence").asText("")));
        }
      }
      designs.add(new PlantedDesign(name, read(design), planted));
    }
    return new EvalSet(retrieval, answers, designs);
  }

  /** A directory of the class path, inside the jar or not. */
  private static Path directory(URI uri) {
    if (!"jar".equals(uri.getScheme())) {
      return Path.of(uri);
    }
    FileSystem jar;
    try {
      jar = FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException open) {
      jar = FileSystems.getFileSystem(uri);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jar.getPath(uri.toString().substring(uri.toString().indexOf("!") + 1));
  }

  private static List<Path> files(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(
              f ->
                  f.getFileName().toString().endsWith(suffix)
                      && !f.getFileName().toString().endsWith(".planted" + suffix))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<JsonNode> jsonLines(Path file) {
    List<JsonNode> nodes = new ArrayList<>();
    int n = 0;
    for (String line : read(file).split("\n")) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      try {
        nodes.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "%s:%d is not JSON: %s".formatted(file, n, e.getMessage()));
      }
    }
    return nodes;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode node, String key, Path file) {
    String value = node.path(key).asText("").strip();
    if (value.isEmpty()) {
      throw new IllegalArgumentException("%s: an entry has no \"%s\"".formatted(file, key));
    }
    return value;
  }

  private static Language language(JsonNode node, Path file) {
    return switch (node.path("lang").asText("")) {
      case "fr" -> Language.FR;
      case "en" -> Language.EN;
      default ->
          throw new IllegalArgumentException(
              "%s: \"lang\" must be en or fr: %s".formatted(file, node));
    };
  }

  private static List<String> strings(JsonNode node, String key) {
    List<String> values = new ArrayList<>();
    node.path(key).forEach(v -> values.add(v.asText()));
    return values;
  }
}
