package dev.platformconsultant.deliverable;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a folder of files whole or not at all: into a hidden folder beside it, then moved into
 * place in one step, so that a reader (a history, a later comparison) never sees a half-written
 * one. A failure removes what was written.
 */
public final class WholeFolder {
  private static final Logger log = LoggerFactory.getLogger(WholeFolder.class);

  private WholeFolder() {}

  /**
   * Writes {@code files} (name → bytes) into {@code parent/name} and returns that folder.
   *
   * @throws IOException when the folder exists already, or a file cannot be written
   */
  public static Path write(Path parent, String name, Map<String, byte[]> files) throws IOException {
    Files.createDirectories(parent);
    Path target = parent.resolve(name);
    if (Files.exists(target)) {
      throw new java.nio.file.FileAlreadyExistsException(target.toString());
    }
    Path aside = Files.createTempDirectory(parent, "." + name + "-");
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

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("could not clean {}: {}", dir, e.getMessage());
    }
  }
}
