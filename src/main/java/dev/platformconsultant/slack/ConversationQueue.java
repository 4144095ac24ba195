package dev.platformconsultant.slack;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs work off the acknowledging thread, one message at a time per conversation (channel + thread)
 * so that two quick questions in a thread are answered in order, each seeing the other; different
 * conversations run in parallel on virtual threads. At shutdown it waits for the work it holds and
 * tells the threads whose work it has to give up. Thread-safe.
 */
final class ConversationQueue {
  private static final Logger log = LoggerFactory.getLogger(ConversationQueue.class);

  private final ExecutorService executor;
  private final Consumer<Reply> notStarted;
  private final ConcurrentHashMap<String, CompletableFuture<Void>> tails =
      new ConcurrentHashMap<>();
  private final Set<Queued> waiting = ConcurrentHashMap.newKeySet();

  /**
   * @param notStarted tells a thread that its request was accepted but will not be worked on (the
   *     process is stopping)
   */
  ConversationQueue(ExecutorService executor, Consumer<Reply> notStarted) {
    this.executor = executor;
    this.notStarted = notStarted;
  }

  /** A piece of work not yet started; whoever claims it first runs it or gives it up. */
  private record Queued(Reply reply, AtomicBoolean claimed) {
    boolean claim() {
      return claimed.compareAndSet(false, true);
    }
  }

  CompletableFuture<Void> submit(Reply reply, Runnable work) {
    String conversation = reply.conversation();
    Queued queued = new Queued(reply, new AtomicBoolean());
    waiting.add(queued);
    Runnable guarded =
        () -> {
          waiting.remove(queued);
          if (!queued.claim()) {
            return;
          }
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

  /**
   * Waits until every conversation's work is done, at most {@code bound}; true when it all was.
   * Work queued behind running work is waited for too.
   */
  boolean awaitIdle(Duration bound) throws InterruptedException {
    long deadline = System.nanoTime() + bound.toNanos();
    while (!tails.isEmpty()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      try {
        CompletableFuture.allOf(tails.values().toArray(CompletableFuture[]::new))
            .get(left, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        return false;
      } catch (ExecutionException e) {
        // A failed piece of work is logged where it ran; only completion matters here.
      }
      // Finished work leaves the map just after it completes.
      Thread.sleep(5);
    }
    return true;
  }

  /** Gives up the work not yet started, telling each thread; returns how many were given up. */
  int abandonWaiting() {
    int abandoned = 0;
    for (Queued queued : waiting) {
      waiting.remove(queued);
      if (queued.claim()) {
        abandoned++;
        try {
          notStarted.accept(queued.reply());
        } catch (RuntimeException e) {
          log.warn(
              "could not tell {} that its request was dropped: {}",
              queued.reply().conversation(),
              e.toString());
        }
      }
    }
    return abandoned;
  }
}
