package dev.platformconsultant.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading {@code Retry-After} in the shapes providers send it. */
class ProviderPushbackTest {
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private final ProviderPushback pushback = new ProviderPushback(Clock.fixed(NOW, ZoneOffset.UTC));

  private static HttpHeaders headers(String name, String value) {
    return HttpHeaders.of(Map.of(name, List.of(value)), (n, v) -> true);
  }

  @Test
  void secondsMillisecondsAndHttpDatesAreRead() {
    pushback.observe(429, headers("Retry-After", "7"));
    assertEquals(Duration.ofSeconds(7), pushback.remaining());

    pushback.observe(200, headers("Content-Type", "application/json"));
    pushback.observe(429, headers("retry-after-ms", "1500.4"));
    assertEquals(Duration.ofMillis(1500), pushback.remaining());

    pushback.observe(200, headers("Content-Type", "application/json"));
    pushback.observe(503, headers("Retry-After", "Wed, 25 Nov 2026 10:01:30 GMT"));
    assertEquals(Duration.ofSeconds(90), pushback.remaining());
  }

  @Test
  void theLongestPauseWinsUntilTheProviderAnswersAgain() {
    pushback.observe(429, headers("Retry-After", "30"));
    pushback.observe(429, headers("Retry-After", "5"));
    assertEquals(Duration.ofSeconds(30), pushback.remaining());

    pushback.observe(200, headers("Content-Type", "application/json"));
    assertEquals(Duration.ZERO, pushback.remaining());
  }

  @Test
  void otherStatusesPastDatesAndUnreadableValuesAskForNothing() {
    pushback.observe(500, headers("Retry-After", "30"));
    pushback.observe(429, headers("Retry-After", "soon"));
    pushback.observe(429, headers("Retry-After", "-3"));
    pushback.observe(429, headers("Retry-After", "Wed, 25 Nov 2026 09:00:00 GMT"));
    pushback.observe(429, headers("retry-after-ms", "abc"));
    assertEquals(Duration.ZERO, pushback.remaining());
  }
}
