package dev.platformconsultant.slack;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.bolt.service.AssistantThreadContextService;
import com.slack.api.model.assistant.AssistantThreadContext;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;

/**
 * Assistant thread contexts (the channel the user was looking at) in memory: they only matter while
 * a thread is active, so a day without use forgets them. Thread-safe.
 */
final class AssistantThreadContexts implements AssistantThreadContextService {
  private final ConcurrentMap<String, AssistantThreadContext> contexts =
      Caffeine.newBuilder()
          .maximumSize(10_000)
          .expireAfterAccess(Duration.ofDays(1))
          .<String, AssistantThreadContext>build()
          .asMap();

  @Override
  public Optional<AssistantThreadContext> findCurrentContext(String channelId, String threadTs) {
    return Optional.ofNullable(contexts.get(channelId + ":" + threadTs));
  }

  @Override
  public void saveCurrentContext(
      String channelId, String threadTs, AssistantThreadContext context) {
    if (context != null) {
      contexts.put(channelId + ":" + threadTs, context);
    }
  }
}
