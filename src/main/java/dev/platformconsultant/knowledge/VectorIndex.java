package dev.platformconsultant.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Exact nearest-neighbour search over unit-length vectors in one flat array. Brute force is the
 * right tool at this size: 10,000 chunks of 384 floats is a few million multiply-adds, a few
 * milliseconds, with no approximate index to tune or rebuild. Immutable, thread-safe.
 */
final class VectorIndex {
  private final float[] vectors;
  private final int dimension;
  private final int count;

  VectorIndex(List<float[]> rows) {
    this.count = rows.size();
    this.dimension = rows.isEmpty() ? 0 : rows.getFirst().length;
    this.vectors = new float[count * dimension];
    for (int i = 0; i < count; i++) {
      float[] unit = normalized(rows.get(i));
      if (unit.length != dimension) {
        throw new IllegalArgumentException(
            "vector %d has %d dimensions, expected %d".formatted(i, unit.length, dimension));
      }
      System.arraycopy(unit, 0, vectors, i * dimension, dimension);
    }
  }

  int size() {
    return count;
  }

  int dimension() {
    return dimension;
  }

  /** The {@code limit} rows most similar to {@code query} (cosine), best first. */
  List<LexicalIndex.Hit> search(float[] query, int limit) {
    if (count == 0 || query.length != dimension || limit <= 0) {
      return List.of();
    }
    float[] q = normalized(query);
    PriorityQueue<LexicalIndex.Hit> best =
        new PriorityQueue<>((a, b) -> Double.compare(a.score(), b.score()));
    for (int row = 0; row < count; row++) {
      int offset = row * dimension;
      float dot = 0;
      for (int d = 0; d < dimension; d++) {
        dot += q[d] * vectors[offset + d];
      }
      if (best.size() < limit) {
        best.add(new LexicalIndex.Hit(row, dot));
      } else if (dot > best.peek().score()) {
        best.poll();
        best.add(new LexicalIndex.Hit(row, dot));
      }
    }
    List<LexicalIndex.Hit> hits = new ArrayList<>(best);
    hits.sort((a, b) -> Double.compare(b.score(), a.score()));
    return hits;
  }

  float[] row(int i) {
    float[] out = new float[dimension];
    System.arraycopy(vectors, i * dimension, out, 0, dimension);
    return out;
  }

  static float[] normalized(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    float[] out = new float[v.length];
    if (norm == 0) {
      return out;
    }
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / norm);
    }
    return out;
  }
}
