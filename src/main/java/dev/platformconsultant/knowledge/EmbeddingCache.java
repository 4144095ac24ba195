package dev.platformconsultant.knowledge;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chunk embeddings saved under the data directory, keyed by a hash of the embedding model and every
 * chunk's text, so a second start with the same documents does not re-embed. A file that cannot be
 * read (truncated, corrupt, another format) is treated as absent: the caller re-embeds and
 * overwrites it. Writes go to a temporary file moved into place, so a crash never leaves a
 * half-written cache.
 */
final class EmbeddingCache {
  private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);
  private static final int MAGIC = 0x50434531; // "PCE1"

  private final Path directory;

  EmbeddingCache(Path directory) {
    this.directory = directory;
  }

  static String key(String modelName, List<String> texts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(modelName.getBytes(StandardCharsets.UTF_8));
      for (String text : texts) {
        sha.update((byte) 0);
        sha.update(text.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Path file(String key) {
    return directory.resolve("embeddings-" + key + ".bin.gz");
  }

  Optional<List<float[]>> load(String key, int expectedCount) {
    Path file = file(key);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16))) {
      if (in.readInt() != MAGIC) {
        throw new IOException("not an embedding cache");
      }
      int count = in.readInt();
      int dimension = in.readInt();
      if (count != expectedCount || dimension <= 0 || dimension > 4096) {
        throw new IOException(
            "holds %d vectors of %d, expected %d".formatted(count, dimension, expectedCount));
      }
      List<float[]> vectors = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        float[] v = new float[dimension];
        for (int d = 0; d < dimension; d++) {
          v[d] = in.readFloat();
        }
        vectors.add(v);
      }
      return Optional.of(vectors);
    } catch (IOException | RuntimeException e) {
      log.warn("embedding cache {} is unreadable ({}); re-embedding", file, e.getMessage());
      return Optional.empty();
    }
  }

  void save(String key, List<float[]> vectors) {
    try {
      Files.createDirectories(directory);
      Path tmp = Files.createTempFile(directory, "embeddings-", ".tmp");
      try (OutputStream raw = Files.newOutputStream(tmp);
          DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw, 1 << 16))) {
        out.writeInt(MAGIC);
        out.writeInt(vectors.size());
        out.writeInt(vectors.isEmpty() ? 0 : vectors.getFirst().length);
        for (float[] v : vectors) {
          for (float x : v) {
            out.writeFloat(x);
          }
        }
      }
      try {
        Files.move(
            tmp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING);
      }
      removeOthers(key);
    } catch (IOException e) {
      // A read-only data directory costs a re-embedding at the next start, nothing more.
      log.warn("could not save the embedding cache in {}: {}", directory, e.getMessage());
    }
  }

  /** Old caches are for documents that no longer exist; they would only fill the disk. */
  private void removeOthers(String key) throws IOException {
    try (var files = Files.list(directory)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.startsWith("embeddings-") && !f.equals(file(key))) {
          Files.deleteIfExists(f);
        }
      }
    }
  }
}
