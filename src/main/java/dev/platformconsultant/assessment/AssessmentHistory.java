package dev.platformconsultant.assessment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.platformconsultant.deliverable.WholeFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The teams' assessments, one folder each under {@code <data dir>/assessments/<team>/<id>/}: the
 * record ({@code assessment.json}), the report ({@code report.md}) and the charts. A folder is
 * written aside and moved into place whole, so a failure leaves nothing half-written that a later
 * assessment would compare with. Thread-safe for distinct ids.
 */
public final class AssessmentHistory {
  public static final String RECORD = "assessment.json";
  public static final String REPORT = "report.md";
  private static final Logger log = LoggerFactory.getLogger(AssessmentHistory.class);
  static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path root;

  /**
   * @param root the {@code assessments} folder (created on first save)
   */
  public AssessmentHistory(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /**
   * Saves an assessment with its report and charts ({@code name.png} → bytes), and returns its
   * folder.
   */
  public synchronized Path save(Assessment assessment, String report, Map<String, byte[]> charts)
      throws IOException {
    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    files.put(RECORD, json(assessment).getBytes(StandardCharsets.UTF_8));
    files.put(REPORT, report.getBytes(StandardCharsets.UTF_8));
    files.putAll(charts);
    try {
      return WholeFolder.write(root.resolve(assessment.teamSlug()), assessment.id(), files);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new IOException("an assessment with this id exists already: " + assessment.id(), e);
    }
  }

  /** The team's assessments, oldest first. */
  public List<Assessment> of(String teamSlug) {
    Path team = root.resolve(teamSlug);
    if (!Files.isDirectory(team)) {
      return List.of();
    }
    List<Assessment> all = new ArrayList<>();
    try (DirectoryStream<Path> dirs =
        Files.newDirectoryStream(team, p -> !p.getFileName().toString().startsWith("."))) {
      for (Path dir : dirs) {
        read(dir.resolve(RECORD)).ifPresent(all::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    all.sort(
        Comparator.comparing((Assessment a) -> java.time.Instant.parse(a.takenAt()))
            .thenComparing(Assessment::id));
    return all;
  }

  /** The team's latest assessment, if any. */
  public Optional<Assessment> latest(String teamSlug) {
    List<Assessment> all = of(teamSlug);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
  }

  /** Every team's folder name, sorted. */
  public List<String> teams() {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The assessment with this id, in whichever team's folder. */
  public Optional<Assessment> find(String id) {
    return folder(id).flatMap(dir -> read(dir.resolve(RECORD)));
  }

  /** The folder of the assessment with this id. */
  public Optional<Path> folder(String id) {
    if (!id.matches("[a-z0-9-]+")) {
      return Optional.empty();
    }
    for (String team : teams()) {
      Path dir = root.resolve(team).resolve(id);
      if (Files.isRegularFile(dir.resolve(RECORD))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  /** The record as saved, and as {@code assess --json} prints it. */
  public static String json(Assessment assessment) {
    try {
      return JSON.writeValueAsString(assessment) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Assessment parse(String json) throws IOException {
    return JSON.readValue(json, Assessment.class);
  }

  private static Optional<Assessment> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      log.warn("skipping an unreadable assessment {}: {}", file, e.getMessage());
      return Optional.empty();
    }
  }
}
