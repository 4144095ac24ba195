package dev.platformconsultant.scan;

import java.util.Objects;
import java.util.Set;

/**
 * One result of checking a repository's configuration files, cited by file and line.
 *
 * @param area {@code ci}, {@code container}, {@code kubernetes}, {@code terraform}, {@code
 *     ownership}, {@code decisions}, or {@code scan} for a note about the scan itself (the walk was
 *     cut short)
 * @param check a stable id within the area, such as {@code action-pinned} or {@code resources}
 * @param message plain words for a reader; never contains a secret's value
 * @param path relative to the repository root with {@code /} separators; {@code .} for the
 *     repository as a whole
 * @param line 1-based; 0 when the finding is about a whole file or directory, or about something
 *     missing
 */
public record ConfigFinding(
    String area, String check, Status status, String message, String path, int line) {

  /** What the check found. */
  public enum Status {
    OK,
    MISSING,
    PROBLEM
  }

  private static final Set<String> AREAS =
      Set.of("ci", "container", "kubernetes", "terraform", "ownership", "decisions", "scan");

  public ConfigFinding {
    if (!AREAS.contains(area)) {
      throw new IllegalArgumentException("unknown area: " + area);
    }
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(path, "path");
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
      throw new IllegalArgumentException("path must be relative with / separators: " + path);
    }
    if (line < 0) {
      throw new IllegalArgumentException("line cannot be negative: " + line);
    }
  }
}
