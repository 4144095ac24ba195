package dev.platformconsultant.deliverable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engagement's documents, one folder each under {@code <data dir>/deliverables/<kind>/<id>/}
 * (an audit, a roadmap, a business case: its Markdown, HTML, charts and record). A folder is
 * written aside and moved into place whole, so a failure leaves nothing half-written. Thread-safe.
 */
public final class Deliverables {
  private static final Logger log = LoggerFactory.getLogger(Deliverables.class);

  private final Path root;

  /**
   * @param root the {@code deliverables} folder (created on first save)
   */
  public Deliverables(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /**
   * Saves a deliverable's files ({@code name} → bytes) and returns its folder.
   *
   * @param kind {@code audit}, {@code roadmap}, {@code business-case}
   * @param id unique within its kind: letters, digits and hyphens
   */
  public synchronized Path save(String kind, String id, Map<String, byte[]> files)
      throws IOException {
    if (!kind.matches("[a-z-]+") || !id.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("not a deliverable's kind or id: " + kind + "/" + id);
    }
    Path dir = root.resolve(kind);
    Files.createDirectories(dir);
    Path target = dir.resolve(id);
    if (Files.exists(target)) {
      throw new IOException("a deliverable with this id exists already: " + kind + "/" + id);
    }
    Path aside = Files.createTempDirectory(dir, "." + id + "-");
    try {
      for (var file : files.entrySet()) {
        Files.write(aside.resolve(file.getKey()), file.getValue());
      }
      try {
        Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(aside, target);
      }
    } catch (IOException | RuntimeException e) {
      deleteQuietly(aside);
      throw e;
    }
    return target;
  }

  /** The folder of a saved deliverable, if there is one. */
  public Optional<Path> folder(String kind, String id) {
    if (!kind.matches("[a-z-]+") || !id.matches("[a-z0-9-]+")) {
      return Optional.empty();
    }
    Path dir = root.resolve(kind).resolve(id);
    return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
  }

  /** The ids saved of a kind, oldest first (ids start with their date and time). */
  public List<String> ids(String kind) {
    Path dir = root.resolve(kind);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(dir)) {
      return dirs.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("could not clean {}: {}", dir, e.getMessage());
    }
  }
}
