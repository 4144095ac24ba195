package dev.platformconsultant.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The questions answered lately, by the id their feedback buttons carry, so that a vote can be
 * stored with its question when the team chose to keep question texts. Two days at most.
 * Thread-safe.
 */
final class AnsweredQuestions {
  private final Cache<String, String> questions =
      Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(Duration.ofDays(2)).build();

  /** Remembers an answered question (already redacted); returns the id its buttons carry. */
  String remember(String question) {
    String id = UUID.randomUUID().toString();
    questions.put(id, question);
    return id;
  }

  Optional<String> text(String questionId) {
    return questionId == null
        ? Optional.empty()
        : Optional.ofNullable(questions.getIfPresent(questionId));
  }
}
