package dev.platformconsultant.bench;

import dev.platformconsultant.scan.RepositoryScanner;
import dev.platformconsultant.scan.ScanReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.lib.TreeFormatter;

/**
 * Times {@code consultant scan} on a generated repository of a given size: N files (workflows,
 * Dockerfiles, manifests and plain sources) and M commits over a year, a release tag every 100
 * commits and a revert now and then. The repository is written straight into the object database (a
 * commit changes one file, the rest of the tree is shared), so building it takes seconds.
 */
public final class ScanBenchmark {
  private final PrintWriter out;

  public ScanBenchmark(PrintWriter out) {
    this.out = out;
  }

  public void run(Path dir, int files, int commits, int runs) throws IOException {
    long built = System.nanoTime();
    Path repo = generate(dir.resolve("generated"), files, commits);
    out.printf(
        "generated %,d files and %,d commits in %.1f s%n",
        files, commits, (System.nanoTime() - built) / 1e9);
    RepositoryScanner scanner = new RepositoryScanner(dir.resolve("scans"), Clock.systemUTC());
    for (int i = 1; i <= runs; i++) {
      System.gc();
      long start = System.nanoTime();
      ScanReport report;
      try {
        report = scanner.scan(repo.toString(), Optional.empty(), 365);
      } catch (RepositoryScanner.CannotScan e) {
        throw new IOException(e.getMessage(), e);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Runtime rt = Runtime.getRuntime();
      out.printf(
          "run %d: %.2f s, heap used %d MB (max %d MB), %d deployments, %d findings%n",
          i,
          seconds,
          (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024),
          rt.maxMemory() / (1024 * 1024),
          report.delivery().deployments(),
          report.findings().size());
    }
    out.flush();
  }

  static Path generate(Path dir, int files, int commits) throws IOException {
    try (Git git = Git.init().setDirectory(dir.toFile()).setBare(true).call()) {
      Repository repo = git.getRepository();
      try (ObjectInserter insert = repo.newObjectInserter()) {
        ObjectId fixed = fixedTree(insert, files);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        ObjectId parent = null;
        for (int i = 0; i < commits; i++) {
          Instant at = start.plus(Duration.ofMinutes(i * (365L * 24 * 60 / Math.max(1, commits))));
          PersonIdent who = new PersonIdent("Dev", "dev@example.com", at, ZoneOffset.UTC);
          boolean revert = i % 97 == 96;
          ObjectId blob =
              insert.insert(
                  Constants.OBJ_BLOB, ("change " + i + "\n").getBytes(StandardCharsets.UTF_8));
          TreeFormatter root = new TreeFormatter();
          root.append("CHANGELOG.md", FileMode.REGULAR_FILE, blob);
          root.append("src", FileMode.TREE, fixed);
          ObjectId tree = insert.insert(root);
          CommitBuilder commit = new CommitBuilder();
          commit.setTreeId(tree);
          if (parent != null) {
            commit.setParentId(parent);
          }
          commit.setAuthor(who);
          commit.setCommitter(who);
          commit.setMessage(revert ? "Revert \"change " + (i - 1) + "\"\n" : "Change " + i + "\n");
          parent = insert.insert(commit);
          if (i % 100 == 99) {
            TagBuilder tag = new TagBuilder();
            tag.setObjectId(parent, Constants.OBJ_COMMIT);
            tag.setTag("v1." + (i / 100) + ".0");
            tag.setTagger(who);
            tag.setMessage("release\n");
            ObjectId tagId = insert.insert(tag);
            RefUpdate ref = repo.updateRef(Constants.R_TAGS + "v1." + (i / 100) + ".0");
            ref.setNewObjectId(tagId);
            ref.forceUpdate();
          }
        }
        insert.flush();
        RefUpdate main = repo.updateRef("refs/heads/main");
        main.setNewObjectId(parent);
        main.forceUpdate();
        RefUpdate head = repo.updateRef(Constants.HEAD);
        head.link("refs/heads/main");
      }
    } catch (GitAPIException e) {
      throw new IOException(e.getMessage(), e);
    }
    return dir;
  }

  /** src/: N files in folders of 100: a workflow, a Dockerfile and a manifest per folder. */
  private static ObjectId fixedTree(ObjectInserter insert, int files) throws IOException {
    ObjectId source =
        insert.insert(Constants.OBJ_BLOB, "class A {}\n".getBytes(StandardCharsets.UTF_8));
    ObjectId docker =
        insert.insert(
            Constants.OBJ_BLOB,
            "FROM eclipse-temurin:21-jre\nUSER 10001\n".getBytes(StandardCharsets.UTF_8));
    ObjectId manifest =
        insert.insert(
            Constants.OBJ_BLOB,
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: app
            spec:
              template:
                spec:
                  containers:
                    - name: app
                      image: app:1.0.0
            """
                .getBytes(StandardCharsets.UTF_8));
    TreeFormatter src = new TreeFormatter();
    int folders = Math.max(1, files / 100);
    java.util.List<String> names = new java.util.ArrayList<>();
    for (int f = 0; f < folders; f++) {
      names.add("m%04d".formatted(f));
    }
    java.util.Collections.sort(names);
    for (String name : names) {
      TreeFormatter folder = new TreeFormatter();
      java.util.List<String> entries = new java.util.ArrayList<>();
      for (int i = 0; i < 97; i++) {
        entries.add("F%03d.java".formatted(i));
      }
      entries.add("Dockerfile");
      entries.add("deployment.yaml");
      entries.add("zz.txt");
      java.util.Collections.sort(entries);
      for (String e : entries) {
        ObjectId blob =
            switch (e) {
              case "Dockerfile" -> docker;
              case "deployment.yaml" -> manifest;
              default -> source;
            };
        folder.append(e, FileMode.REGULAR_FILE, blob);
      }
      src.append(name, FileMode.TREE, insert.insert(folder));
    }
    return insert.insert(src);
  }
}
