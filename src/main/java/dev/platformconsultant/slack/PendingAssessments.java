package dev.platformconsultant.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.platformconsultant.text.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Half-filled assessment forms, by person and channel, kept 24 hours so that a form closed by
 * mistake (or a page submitted before lunch) can be resumed with {@code /consult assess}. In
 * memory: a restart forgets them, which costs a person a few clicks, not data. Thread-safe.
 */
final class PendingAssessments {
  static final Duration KEPT = Duration.ofHours(24);

  /**
   * What a person has filled in so far.
   *
   * @param answers question id (or {@code team}, {@code industry}, {@code organisation_size}) → the
   *     selected option's value, as the form gave it
   * @param page the page to show when it is resumed (0-based)
   */
  record Draft(Language language, Map<String, String> answers, int page, Instant started) {
    Draft {
      answers = Map.copyOf(answers);
    }

    Draft with(Map<String, String> more, int nextPage) {
      Map<String, String> all = new LinkedHashMap<>(answers);
      all.putAll(more);
      return new Draft(language, all, nextPage, started);
    }
  }

  private final Cache<String, Draft> drafts;

  PendingAssessments(Ticker ticker) {
    this.drafts =
        Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(KEPT).ticker(ticker).build();
  }

  Optional<Draft> get(String user, String channel) {
    return Optional.ofNullable(drafts.getIfPresent(key(user, channel)));
  }

  void put(String user, String channel, Draft draft) {
    drafts.put(key(user, channel), draft);
  }

  void remove(String user, String channel) {
    drafts.invalidate(key(user, channel));
  }

  private static String key(String user, String channel) {
    return user + "/" + channel;
  }
}
