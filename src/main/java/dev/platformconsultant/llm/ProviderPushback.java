package dev.platformconsultant.llm;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the provider last told us to come back later ({@code Retry-After} on a 429 or 503). A rate
 * limit belongs to the API key, not to one request, so one instance is shared by every call to a
 * provider: a retry waits as long as the provider asked, and a request that arrives while the
 * provider has asked for a long pause is answered from the knowledge base instead of adding to the
 * load. Thread-safe.
 */
public final class ProviderPushback {
  private static final Logger log = LoggerFactory.getLogger(ProviderPushback.class);

  private final Clock clock;
  private final AtomicReference<Instant> notBefore = new AtomicReference<>(Instant.MIN);

  public ProviderPushback(Clock clock) {
    this.clock = clock;
  }

  public ProviderPushback() {
    this(Clock.systemUTC());
  }

  /** Reads one response's status and headers; called by the HTTP client for every response. */
  void observe(int status, HttpHeaders headers) {
    if (status >= 200 && status < 300) {
      // The provider is taking calls again: an older pause no longer applies.
      notBefore.set(Instant.MIN);
      return;
    }
    if (status != 429 && status != 503) {
      return;
    }
    retryAfter(headers)
        .ifPresent(
            delay -> {
              Instant until = clock.instant().plus(delay);
              notBefore.accumulateAndGet(until, (a, b) -> a.isAfter(b) ? a : b);
              log.info("provider asked for a pause of {} ms (HTTP {})", delay.toMillis(), status);
            });
  }

  /** How long the provider asked us to wait from now; zero when it asked nothing. */
  public Duration remaining() {
    Duration left = Duration.between(clock.instant(), notBefore.get());
    return left.isNegative() ? Duration.ZERO : left;
  }

  /**
   * The delay a response asks for: {@code retry-after-ms} (OpenAI, Azure) when present, else {@code
   * Retry-After} in seconds or as an HTTP date (RFC 9110 §10.2.3).
   */
  Optional<Duration> retryAfter(HttpHeaders headers) {
    Optional<String> millis = headers.firstValue("retry-after-ms");
    if (millis.isPresent()) {
      try {
        return Optional.of(
            nonNegative(Duration.ofMillis(Math.round(Double.parseDouble(millis.get().trim())))));
      } catch (NumberFormatException e) {
        log.debug("ignoring unreadable retry-after-ms: {}", millis.get());
      }
    }
    return headers.firstValue("retry-after").flatMap(this::parseRetryAfter);
  }

  private Optional<Duration> parseRetryAfter(String value) {
    String v = value.trim();
    try {
      return Optional.of(nonNegative(Duration.ofSeconds(Long.parseLong(v))));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return Optional.of(nonNegative(Duration.between(clock.instant(), at)));
      } catch (DateTimeParseException notADate) {
        log.debug("ignoring unreadable Retry-After: {}", v);
        return Optional.empty();
      }
    }
  }

  private static Duration nonNegative(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }
}
