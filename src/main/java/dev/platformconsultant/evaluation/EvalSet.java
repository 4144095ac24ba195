package dev.platformconsultant.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platformconsultant.review.ReviewEvaluation;
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
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * What the consultant is evaluated on, read from a directory laid out as the shipped set (in the
 * jar, {@code eval/}): {@code retrieval/*.jsonl} (questions and the documents that answer them),
 * {@code answers.jsonl} (questions and the sections an answer must cite) and {@code designs/}
 * (designs, each with a {@code .planted.jsonl} of the problems planted in it, and optionally the
 * {@code .practices.jsonl} it states and the {@code .scope.jsonl} items its scope rules out). A
 * part that is missing is an empty list. Immutable.
 */
public record EvalSet(
    List<RetrievalQuestion> retrieval,
    List<AnswerQuestion> answers,
    List<ReviewEvaluation.Design> designs) {

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

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The set shipped in the jar. */
  public static EvalSet shipped() {
    // Found by a file only the shipped set has: a test class path may hold other "eval" folders.
    URL marker = EvalSet.class.getResource("/eval/designs/designs.txt");
    if (marker == null) {
      return new EvalSet(List.of(), List.of(), List.of());
    }
    try {
      return from(directory(marker.toURI()).getParent().getParent());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the shipped evaluation set cannot be located: " + marker, e);
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
    List<ReviewEvaluation.Design> designs = new ArrayList<>();
    Path designDir = dir.resolve("designs");
    for (String name : designNames(designDir)) {
      designs.add(
          new ReviewEvaluation.Design(
              name,
              read(designDir.resolve(name + ".md")),
              rows(
                  designDir.resolve(name + ".planted.jsonl"),
                  (n, f) ->
                      new ReviewEvaluation.Planted(
                          text(n, "problem", f),
                          n.path("item").asText(""),
                          n.path("evidence").asText(""))),
              rows(
                  designDir.resolve(name + ".practices.jsonl"),
                  (n, f) ->
                      new ReviewEvaluation.Practice(
                          text(n, "practice", f), text(n, "item", f), text(n, "evidence", f))),
              rows(
                  designDir.resolve(name + ".scope.jsonl"),
                  (n, f) ->
                      new ReviewEvaluation.OutOfScope(text(n, "item", f), text(n, "because", f)))));
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

  /** The designs in the order of {@code designs.txt} when there is one, else by name. */
  private static List<String> designNames(Path dir) {
    Path index = dir.resolve("designs.txt");
    if (Files.isRegularFile(index)) {
      return read(index)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    }
    return files(dir, ".md").stream()
        .map(f -> f.getFileName().toString().replaceFirst("\\.md$", ""))
        .toList();
  }

  /** One row per line of an optional JSON Lines file. */
  private static <T> List<T> rows(Path file, BiFunction<JsonNode, Path, T> row) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    return jsonLines(file).stream().map(n -> row.apply(n, file)).toList();
  }

  private static List<Path> files(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(
              f ->
                  f.getFileName().toString().endsWith(suffix)
                      && !f.getFileName()
                          .toString()
                          .matches(".*\\.(planted|practices|scope)\\.jsonl"))
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
