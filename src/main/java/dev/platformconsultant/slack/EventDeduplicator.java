package dev.platformconsultant.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Remembers the events already taken, so that Slack's retries (it resends an event it believes was
 * not acknowledged, up to three times within minutes) never produce a second answer. Thread-safe.
 */
final class EventDeduplicator {
  private final Cache<String, Boolean> seen;

  EventDeduplicator(Ticker ticker) {
    this.seen =
        Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(15))
            .maximumSize(100_000)
            .ticker(ticker)
            .build();
  }

  /** True the first time {@code id} is offered, false afterwards. */
  boolean firstTime(String id) {
    if (id == null) {
      return true;
    }
    return seen.asMap().putIfAbsent(id, Boolean.TRUE) == null;
  }
}
