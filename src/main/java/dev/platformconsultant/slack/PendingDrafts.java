package dev.platformconsultant.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.platformconsultant.adr.AdrDraft;
import dev.platformconsultant.adr.AdrRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * ADR drafts waiting for their "Save to ADR log" or "Regenerate" button, by the id the buttons
 * carry. Kept in memory a week at most: an older button says so instead. Thread-safe.
 */
final class PendingDrafts {
  /** A draft, the request it answered (to regenerate it) and where it was shown. */
  record Pending(AdrRequest request, AdrDraft draft, Reply reply) {}

  private final Cache<String, Pending> drafts =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofDays(7)).build();

  /** Keeps {@code pending}; returns the id its buttons carry. */
  String add(Pending pending) {
    String id = UUID.randomUUID().toString();
    drafts.put(id, pending);
    return id;
  }

  Optional<Pending> get(String draftId) {
    return draftId == null ? Optional.empty() : Optional.ofNullable(drafts.getIfPresent(draftId));
  }
}
