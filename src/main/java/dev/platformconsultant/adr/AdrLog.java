package dev.platformconsultant.adr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The team's ADR log: {@code NNNN-kebab-title.md} files in one directory, the layout adr-tools and
 * log4brains read. Numbers follow the highest existing file; saving the same title again returns
 * the existing record; saves are serialised by a lock file, so two people clicking "Save" at once
 * (in one process or two) never get the same number. Thread-safe.
 */
public final class AdrLog {
  private static final Pattern FILE = Pattern.compile("(\\d{4})-(.+)\\.md");
  private static final Pattern STATUS_LINE = Pattern.compile("(?m)^status:.*$");
  private static final Pattern STATUS_SECTION =
      Pattern.compile("(?ms)^## Status\\s*\\n\\s*\\n?(.*?)(?=\\n## |\\z)");

  private final Path directory;
  private final AdrTemplate template;

  public AdrLog(Path directory, AdrTemplate template) {
    this.directory = directory;
    this.template = template;
  }

  /** One record of the log. */
  public record Entry(int number, String title, String status, String date, Path file) {}

  /** What a save did: the record's number and file, and whether it was new. */
  public record Saved(int number, Path file, boolean created, Optional<Integer> superseded) {}

  public Path directory() {
    return directory;
  }

  public List<Entry> list() {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<Entry> entries = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.sorted().toList()) {
        Matcher m = FILE.matcher(file.getFileName().toString());
        if (m.matches()) {
          entries.add(entry(Integer.parseInt(m.group(1)), file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    entries.sort(Comparator.comparingInt(Entry::number));
    return entries;
  }

  /**
   * Writes {@code draft} as the next record, or returns the existing record of the same title. With
   * {@code supersedes}, that record's status becomes "superseded by" the new one, and the new one
   * links back.
   */
  public synchronized Saved save(AdrDraft draft, Optional<Integer> supersedes) {
    try {
      Files.createDirectories(directory);
      try (FileChannel channel =
              FileChannel.open(
                  directory.resolve(".adr.lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock lock = lock(channel)) {
        String slug = slug(draft.title());
        for (Entry e : list()) {
          if (e.file().getFileName().toString().substring(5).equals(slug + ".md")) {
            return new Saved(e.number(), e.file(), false, Optional.empty());
          }
        }
        int number = list().stream().mapToInt(Entry::number).max().orElse(0) + 1;
        Path file = directory.resolve("%04d-%s.md".formatted(number, slug));
        AdrDraft toWrite = draft;
        Optional<Entry> old = supersedes.flatMap(this::find);
        if (supersedes.isPresent() && old.isEmpty()) {
          throw new IllegalArgumentException(
              "there is no ADR %04d to supersede".formatted(supersedes.get()));
        }
        if (old.isPresent()) {
          List<String> more = new ArrayList<>(draft.moreInformation());
          more.add(
              "Supersedes [ADR-%04d](%s)"
                  .formatted(old.get().number(), old.get().file().getFileName()));
          toWrite = draft.withMoreInformation(more);
        }
        Files.writeString(
            file, template.render(toWrite), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        if (old.isPresent()) {
          markSuperseded(old.get(), number, file);
        }
        return new Saved(number, file, true, old.map(Entry::number));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The directory's lock. Another process waits in {@code lock()}; another AdrLog of this process
   * on the same directory makes the JVM refuse the overlapping lock, so that case waits here.
   */
  private static FileLock lock(FileChannel channel) throws IOException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (true) {
      try {
        return channel.lock();
      } catch (OverlappingFileLockException e) {
        if (System.nanoTime() > deadline) {
          throw new IOException("the ADR log stayed locked for 30 s", e);
        }
        try {
          Thread.sleep(5);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while waiting for the ADR log", interrupted);
        }
      }
    }
  }

  public Optional<Entry> find(int number) {
    return list().stream().filter(e -> e.number() == number).findFirst();
  }

  private void markSuperseded(Entry old, int number, Path file) throws IOException {
    String text = Files.readString(old.file(), StandardCharsets.UTF_8);
    String link = "superseded by [ADR-%04d](%s)".formatted(number, file.getFileName());
    String updated;
    if (text.startsWith("---") && STATUS_LINE.matcher(text).find()) {
      updated = STATUS_LINE.matcher(text).replaceFirst(Matcher.quoteReplacement("status: " + link));
    } else if (STATUS_SECTION.matcher(text).find()) {
      updated =
          STATUS_SECTION
              .matcher(text)
              .replaceFirst(
                  Matcher.quoteReplacement(
                      "## Status\n\n"
                          + Character.toUpperCase(link.charAt(0))
                          + link.substring(1)
                          + "\n"));
    } else {
      updated = text + "\n\nStatus: " + link + "\n";
    }
    Files.writeString(old.file(), updated, StandardCharsets.UTF_8);
  }

  private static Entry entry(int number, Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return new Entry(number, file.getFileName().toString(), "unreadable", "", file);
    }
    String title =
        text.lines()
            .filter(l -> l.startsWith("# "))
            .findFirst()
            .map(l -> l.substring(2).strip())
            .orElse(file.getFileName().toString());
    title = title.replaceFirst("^\\d+\\.\\s+", "");
    String status = "";
    String date = "";
    if (text.startsWith("---")) {
      for (String line : text.split("\n")) {
        if (line.startsWith("status:")) {
          status = unquote(line.substring(7));
        } else if (line.startsWith("date:")) {
          date = unquote(line.substring(5));
        }
      }
    }
    Matcher section = STATUS_SECTION.matcher(text);
    if (status.isEmpty() && section.find()) {
      status = section.group(1).strip().lines().findFirst().orElse("");
    }
    if (date.isEmpty()) {
      Matcher d = Pattern.compile("(?m)^Date:\\s*(\\S+)").matcher(text);
      date = d.find() ? d.group(1) : "";
    }
    return new Entry(number, title, status, date, file);
  }

  private static String unquote(String value) {
    String v = value.strip();
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
        ? v.substring(1, v.length() - 1)
        : v;
  }

  public static String slug(String title) {
    String folded =
        Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
    String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-[^-]*$", "");
    }
    return slug.isEmpty() ? "decision" : slug;
  }
}
