package dev.platformconsultant.slack;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs work off the acknowledging thread, one message at a time per conversation (channel + thread)
 * so that two quick questions in a thread are answered in order, each seeing the other; different
 * conversations run in parallel on virtual threads. Thread-safe.
 */
final class ConversationQueue {
  private static final Logger log = LoggerFactory.getLogger(ConversationQueue.class);

  private final ExecutorService executor;
  private final ConcurrentHashMap<String, CompletableFuture<Void>> tails =
      new ConcurrentHashMap<>();

  ConversationQueue(ExecutorService executor) {
    this.executor = executor;
  }

  CompletableFuture<Void> submit(String conversation, Runnable work) {
    Runnable guarded =
        () -> {
          // Every log line of this piece of work carries its request id (JSON logs: the "mdc"
          // field).
          MDC.put("request_id", Long.toHexString(ThreadLocalRandom.current().nextLong()));
          MDC.put("conversation", conversation);
          try {
            work.run();
          } catch (RuntimeException e) {
            log.error("work for conversation {} failed", conversation, e);
          } finally {
            MDC.clear();
          }
        };
    CompletableFuture<Void> next =
        tails.compute(
            conversation,
            (key, tail) ->
                tail == null || tail.isDone()
                    ? CompletableFuture.runAsync(guarded, executor)
                    : tail.thenRunAsync(guarded, executor));
    next.whenComplete((ok, error) -> tails.remove(conversation, next));
    return next;
  }

  int active() {
    return tails.size();
  }
}
