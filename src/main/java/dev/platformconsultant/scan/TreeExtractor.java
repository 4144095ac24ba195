package dev.platformconsultant.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Copies a commit's files out of the object database into a folder, for the configuration checks to
 * read: what was committed, not what lies in a work tree. It is the safe way to read a repository
 * that is data: no checkout (so no filter, hook or attribute runs), regular files only (a symbolic
 * link is skipped, so nothing outside the repository is ever read), files over 1 MB and anything
 * past 20,000 files left out, and said so.
 */
public final class TreeExtractor {
  static final long MAX_FILE_BYTES = 1_000_000;
  static final int MAX_FILES = 20_000;

  private TreeExtractor() {}

  /** What was copied, and what was left out. */
  public record Extracted(int files, int skippedLarge, int skippedLinks, boolean truncated) {}

  public static Extracted extract(Repository repo, ObjectId commitId, Path target)
      throws IOException {
    int files = 0;
    int large = 0;
    int links = 0;
    boolean truncated = false;
    try (RevWalk walk = new RevWalk(repo);
        TreeWalk tree = new TreeWalk(repo)) {
      RevCommit commit = walk.parseCommit(commitId);
      tree.addTree(commit.getTree());
      tree.setRecursive(true);
      Path root = target.toAbsolutePath().normalize();
      while (tree.next()) {
        FileMode mode = tree.getFileMode(0);
        if (mode == FileMode.SYMLINK || mode == FileMode.GITLINK) {
          links++;
          continue;
        }
        if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
          continue;
        }
        if (files >= MAX_FILES) {
          truncated = true;
          break;
        }
        Path out = root.resolve(tree.getPathString()).normalize();
        if (!out.startsWith(root)) {
          continue;
        }
        ObjectLoader blob;
        try {
          blob = repo.open(tree.getObjectId(0));
        } catch (org.eclipse.jgit.errors.MissingObjectException e) {
          // A partial clone: a blob not fetched is not read.
          continue;
        }
        if (blob.getSize() > MAX_FILE_BYTES) {
          large++;
          continue;
        }
        Files.createDirectories(out.getParent());
        Files.write(out, blob.getBytes());
        files++;
      }
    }
    return new Extracted(files, large, links, truncated);
  }
}
