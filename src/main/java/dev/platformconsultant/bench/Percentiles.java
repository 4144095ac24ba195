package dev.platformconsultant.bench;

import java.util.Arrays;

/** Latency figures from raw samples, in milliseconds. */
public record Percentiles(int samples, double p50, double p90, double p99, double max) {

  public static Percentiles ofNanos(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Percentiles(
        sorted.length,
        at(sorted, 0.50),
        at(sorted, 0.90),
        at(sorted, 0.99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
  }

  private static double at(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  @Override
  public String toString() {
    return "p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (%d samples)"
        .formatted(p50, p90, p99, max, samples);
  }
}
