package dev.platformconsultant.scan;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Scans a repository given as a local path or a git URL: a URL is cloned without a checkout into
 * the data directory; the history is read for delivery evidence; the chosen commit's files are
 * copied out of the object database (never checked out) and their configuration checked.
 * Thread-safe for distinct sources.
 */
public final class RepositoryScanner {
  private final Path workDir;
  private final Clock clock;

  /**
   * @param workDir where URLs are cloned and commits copied out ({@code <data dir>/scans})
   */
  public RepositoryScanner(Path workDir, Clock clock) {
    this.workDir = workDir;
    this.clock = clock;
  }

  /** Why a repository cannot be scanned: one line for the user. */
  public static final class CannotScan extends Exception {
    public CannotScan(String message) {
      super(message);
    }
  }

  /**
   * @param branch the branch to read; empty for the repository's current (HEAD) branch
   */
  public ScanReport scan(String source, java.util.Optional<String> branch, int windowDays)
      throws CannotScan, IOException {
    List<String> notes = new ArrayList<>();
    Path cloned = isUrl(source) ? clone(source) : null;
    Path local = cloned != null ? cloned : Path.of(source);
    try (Repository repo = open(local)) {
      String ref =
          branch
              .map(b -> b.startsWith("refs/") ? b : "refs/heads/" + b)
              .orElseGet(() -> head(repo));
      ObjectId commit = repo.resolve(ref);
      if (commit == null) {
        throw new CannotScan(
            "no branch '%s' in %s".formatted(ref.replaceFirst("^refs/heads/", ""), source));
      }
      if (repo.getObjectDatabase().getShallowCommits().size() > 0) {
        notes.add("the history is shallow: delivery figures count only what was fetched");
      }
      DeliveryEvidence delivery = HistoryScan.scan(repo, ref, windowDays, clock.instant());
      Path tree = Files.createTempDirectory(mkdirs(workDir), "tree-");
      try {
        TreeExtractor.Extracted extracted = TreeExtractor.extract(repo, commit, tree);
        if (extracted.skippedLinks() > 0) {
          notes.add(
              "%d symbolic links or submodules were not followed"
                  .formatted(extracted.skippedLinks()));
        }
        if (extracted.skippedLarge() > 0) {
          notes.add("%d files over 1 MB were not read".formatted(extracted.skippedLarge()));
        }
        if (extracted.truncated()) {
          notes.add("only the first %d files were read".formatted(TreeExtractor.MAX_FILES));
        }
        List<ConfigFinding> findings = new ConfigChecks().check(tree);
        return new ScanReport(source, commit.abbreviate(7).name(), delivery, findings, notes);
      } finally {
        delete(tree);
      }
    } finally {
      if (cloned != null) {
        delete(cloned);
      }
    }
  }

  private static Repository open(Path local) throws CannotScan, IOException {
    if (!Files.isDirectory(local)) {
      throw new CannotScan("no such directory: " + local);
    }
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().readEnvironment().findGitDir(local.toFile());
    if (builder.getGitDir() == null) {
      Path bare = local;
      if (Files.isRegularFile(bare.resolve("HEAD")) && Files.isDirectory(bare.resolve("objects"))) {
        return new FileRepositoryBuilder().setGitDir(bare.toFile()).setMustExist(true).build();
      }
      throw new CannotScan(local + " is not a git repository");
    }
    Repository repo = builder.setMustExist(true).build();
    if (repo.resolve("HEAD") == null) {
      repo.close();
      throw new CannotScan(local + " has no commit yet");
    }
    return repo;
  }

  private Path clone(String url) throws CannotScan, IOException {
    String scheme = URI.create(url).getScheme();
    if (scheme == null
        || !List.of("https", "file", "ssh").contains(scheme.toLowerCase(Locale.ROOT))) {
      throw new CannotScan("only https, ssh and file URLs are scanned: " + url);
    }
    Path target = Files.createTempDirectory(mkdirs(workDir), "clone-");
    try {
      // No checkout: nothing of the repository is written as files or run; the object database
      // is read directly.
      Git.cloneRepository().setURI(url).setDirectory(target.toFile()).setBare(true).call().close();
    } catch (GitAPIException e) {
      delete(target);
      throw new CannotScan("could not clone %s: %s".formatted(url, e.getMessage()));
    }
    return target;
  }

  private static String head(Repository repo) {
    try {
      String full = repo.getFullBranch();
      return full == null ? "HEAD" : full;
    } catch (IOException e) {
      return "HEAD";
    }
  }

  static boolean isUrl(String source) {
    return source.matches("(?i)^[a-z][a-z0-9+.-]*://.*");
  }

  private static Path mkdirs(Path dir) throws IOException {
    return Files.createDirectories(dir);
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary folder under the data directory is harmless.
    }
  }
}
