package dev.platformconsultant.llm;

import java.time.Duration;

/**
 * Waits before a call to the provider: between retries, and as long as its {@code Retry-After}
 * asks. Injected, so that tests record the waits that were asked for instead of spending them;
 * {@link #SYSTEM} is the real one. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Sleeper {
  /** Blocks the calling thread for {@code duration}. */
  Sleeper SYSTEM = Thread::sleep;

  void sleep(Duration duration) throws InterruptedException;
}
