package dev.platformconsultant.knowledge;

import dev.platformconsultant.text.Language;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base the application holds: the current index, swapped whole when the knowledge
 * directories change. {@link #watch()} starts a file watcher (long-running processes: chat, the
 * Slack app); {@link #reload()} rebuilds on demand. Searches never wait for a rebuild: they use the
 * previous index until the new one is ready. If a rebuild fails (a directory vanished, a disk
 * error), the previous index keeps serving. Thread-safe.
 */
public final class ReloadingKnowledgeBase implements KnowledgeBase, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ReloadingKnowledgeBase.class);

  /** Editors save in bursts (temp file, rename, chmod): wait for quiet before rebuilding. */
  static final Duration DEBOUNCE = Duration.ofMillis(400);

  private final List<Path> directories;
  private final KnowledgeLoader loader;
  private final KnowledgeIndexer indexer;
  private final AtomicReference<KnowledgeIndexer.Built> current = new AtomicReference<>();
  private final AtomicReference<List<String>> warnings = new AtomicReference<>(List.of());
  private volatile WatchService watcher;

  public ReloadingKnowledgeBase(
      List<Path> directories, KnowledgeLoader loader, KnowledgeIndexer indexer) {
    this.directories = List.copyOf(directories);
    this.loader = loader;
    this.indexer = indexer;
    reload();
  }

  /** Reloads every directory and swaps the index in; returns the warnings of this load. */
  public synchronized List<String> reload() {
    try {
      KnowledgeLoader.Loaded loaded = loader.load(directories);
      if (loaded.documents().isEmpty()
          && current.get() != null
          && current.get().stats().documents() > 0) {
        // Every document vanished at once: an unmounted volume or a checkout in progress, not a
        // wish to
        // forget everything. Keep answering from what we had.
        log.warn(
            "no knowledge document found in {}; still serving the previous index", directories);
        return loaded.warnings();
      }
      KnowledgeIndexer.Built built = indexer.build(loaded.documents());
      current.set(built);
      warnings.set(loaded.warnings());
      return loaded.warnings();
    } catch (RuntimeException e) {
      if (current.get() == null) {
        throw e;
      }
      log.error("knowledge reload failed; still serving the previous index: {}", e.toString());
      return List.of("reload failed: " + e.getMessage());
    }
  }

  public List<String> warnings() {
    return warnings.get();
  }

  public KnowledgeIndexer.Stats stats() {
    return current.get().stats();
  }

  public boolean usesEmbeddings() {
    return current.get().knowledge().usesEmbeddings();
  }

  /** Starts watching the directories (and their sub-directories) on a daemon thread. Idempotent. */
  public synchronized void watch() {
    if (watcher != null) {
      return;
    }
    try {
      watcher = FileSystems.getDefault().newWatchService();
      for (Path dir : directories) {
        register(dir);
      }
    } catch (IOException e) {
      log.warn(
          "cannot watch the knowledge directories ({}); changes need a restart", e.getMessage());
      return;
    }
    Thread.ofVirtual().name("knowledge-watcher").start(this::watchLoop);
    log.info("watching {} for changes", directories);
  }

  private void register(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs)
              throws IOException {
            d.register(
                watcher,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private void watchLoop() {
    WatchService service = watcher;
    try {
      while (true) {
        var key = service.take();
        key.pollEvents();
        key.reset();
        // Drain the burst, then rebuild once.
        for (var more = service.poll(DEBOUNCE.toMillis(), TimeUnit.MILLISECONDS);
            more != null;
            more = service.poll(DEBOUNCE.toMillis(), TimeUnit.MILLISECONDS)) {
          more.pollEvents();
          more.reset();
        }
        for (Path dir : directories) {
          register(dir);
        }
        List<String> problems = reload();
        log.info(
            "knowledge reloaded after a change: {} passages{}",
            passageCount(),
            problems.isEmpty() ? "" : ", " + problems.size() + " warnings");
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      log.error("knowledge watcher stopped: {}", e.toString());
    }
  }

  @Override
  public void close() {
    WatchService service = watcher;
    if (service != null) {
      try {
        service.close();
      } catch (IOException e) {
        log.debug("closing the watcher: {}", e.toString());
      }
    }
  }

  private KnowledgeBase delegate() {
    return current.get().knowledge();
  }

  @Override
  public List<Passage> search(String query, int limit) {
    return delegate().search(query, limit);
  }

  @Override
  public Optional<Passage> passage(String id) {
    return delegate().passage(id);
  }

  @Override
  public List<Passage> passagesOf(String documentId) {
    return delegate().passagesOf(documentId);
  }

  @Override
  public Optional<Passage> translated(String id, Language language) {
    return delegate().translated(id, language);
  }

  @Override
  public int passageCount() {
    return delegate().passageCount();
  }

  @Override
  public int documentCount() {
    return delegate().documentCount();
  }
}
