package dev.platformconsultant.time;

import java.time.Duration;

/**
 * Waits before calling a remote service again: between retries, and as long as its {@code
 * Retry-After} asks (an LLM provider, Slack). Injected, so that tests record the waits that were
 * asked for instead of spending them; {@link #SYSTEM} is the real one. Implementations must be
 * thread-safe.
 */
@FunctionalInterface
public interface Sleeper {
  /** Blocks the calling thread for {@code duration}. */
  Sleeper SYSTEM = Thread::sleep;

  void sleep(Duration duration) throws InterruptedException;
}
