package dev.platformconsultant.deliverable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The engagement's documents, one folder each under {@code <data dir>/deliverables/<kind>/<id>/}
 * (an audit, a roadmap, a business case: its Markdown, HTML, charts and record). A folder is
 * written aside and moved into place whole, so a failure leaves nothing half-written. Thread-safe.
 */
public final class Deliverables {
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
    return WholeFolder.write(root.resolve(kind), id, files);
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
}
