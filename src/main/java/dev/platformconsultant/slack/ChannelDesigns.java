package dev.platformconsultant.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.platformconsultant.audit.AuditInputs;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The designs reviewed in each channel lately, so that {@code /consult audit} there can take them
 * into account. The last {@value #KEPT} per channel, for 30 days, in memory: already redacted, as
 * they were reviewed. Thread-safe.
 */
final class ChannelDesigns {
  static final int KEPT = 5;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final Cache<String, List<AuditInputs.Named<String>>> designs =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofDays(30)).build();
  private final Clock clock;

  ChannelDesigns(Clock clock) {
    this.clock = clock;
  }

  void remember(String channel, String design) {
    String name = "design reviewed " + WHEN.format(clock.instant());
    designs
        .asMap()
        .compute(
            channel,
            (c, kept) -> {
              List<AuditInputs.Named<String>> all =
                  new ArrayList<>(kept == null ? List.of() : kept);
              all.add(new AuditInputs.Named<>(name, design));
              return List.copyOf(all.subList(Math.max(0, all.size() - KEPT), all.size()));
            });
  }

  List<AuditInputs.Named<String>> of(String channel) {
    List<AuditInputs.Named<String>> kept = designs.getIfPresent(channel);
    return kept == null ? List.of() : kept;
  }
}
