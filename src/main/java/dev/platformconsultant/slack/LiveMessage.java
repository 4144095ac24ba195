package dev.platformconsultant.slack;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A reply that shows the answer as it streams: the first text is pushed at once (so the first words
 * appear as soon as the model's first token does), then at most one {@code chat.update} per
 * interval, always with the latest text, from a virtual thread of its own so the model's stream is
 * never slowed by Slack. {@link #finish} stops the updates and writes the final messages.
 */
final class LiveMessage implements Progress {
  private static final Logger log = LoggerFactory.getLogger(LiveMessage.class);

  private final SlackApi api;
  private final BlockKitRenderer renderer;
  private final String channel;
  private final String threadTs;
  private final Duration interval;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final StringBuilder text = new StringBuilder();
  private final Thread pusher;
  private volatile String ts;
  private boolean dirty;
  private boolean finished;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * @param placeholderTs the message to update; null to post one with the first text
   */
  LiveMessage(
      SlackApi api,
      BlockKitRenderer renderer,
      String channel,
      String threadTs,
      String placeholderTs,
      Duration interval) {
    this.api = api;
    this.renderer = renderer;
    this.channel = channel;
    this.threadTs = threadTs;
    this.ts = placeholderTs;
    this.interval = interval;
    this.pusher = Thread.ofVirtual().name("live-message").start(this::pushLoop);
  }

  @Override
  public void append(String delta) {
    lock.lock();
    try {
      text.append(delta);
      dirty = true;
      changed.signal();
    } finally {
      lock.unlock();
    }
  }

  /** Stops the live updates and shows {@code messages}: the first in place, the rest after it. */
  @Override
  public void finish(List<SlackMessage> messages) {
    if (!closed.compareAndSet(false, true)) {
      log.info("an answer finished after it was given up at shutdown; not shown");
      return;
    }
    stopPushing();
    for (int i = 0; i < messages.size(); i++) {
      if (i == 0 && ts != null) {
        api.update(channel, ts, messages.getFirst());
      } else {
        String posted = api.post(channel, threadTs, messages.get(i));
        if (i == 0) {
          ts = posted;
        }
      }
    }
  }

  /**
   * Gives the answer up (the process is stopping): what was streamed so far stays, followed by
   * {@code note}. False when the answer was already being finished.
   */
  @Override
  public boolean abandon(String note) {
    if (!closed.compareAndSet(false, true)) {
      return false;
    }
    stopPushing();
    String shown;
    lock.lock();
    try {
      shown = text.isEmpty() ? note : text + "\n\n" + note;
    } finally {
      lock.unlock();
    }
    SlackMessage message = new SlackMessage(note, renderer.partial(shown));
    if (ts != null) {
      api.update(channel, ts, message);
    } else {
      ts = api.post(channel, threadTs, message);
    }
    return true;
  }

  @Override
  public void fail(SlackMessage apology) {
    finish(List.of(apology));
  }

  private void stopPushing() {
    lock.lock();
    try {
      finished = true;
      changed.signal();
    } finally {
      lock.unlock();
    }
    try {
      pusher.join(Duration.ofSeconds(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The ts of the message being updated, once there is one. */
  String ts() {
    return ts;
  }

  private void pushLoop() {
    long lastPush = 0;
    while (true) {
      String snapshot;
      lock.lock();
      try {
        while (!finished && (!dirty || System.nanoTime() - lastPush < interval.toNanos())) {
          long wait =
              dirty ? interval.toNanos() - (System.nanoTime() - lastPush) : interval.toNanos();
          changed.awaitNanos(Math.max(1, wait));
        }
        if (finished) {
          return;
        }
        snapshot = text.toString();
        dirty = false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        lock.unlock();
      }
      lastPush = System.nanoTime();
      push(snapshot);
    }
  }

  private void push(String markdown) {
    SlackMessage partial =
        new SlackMessage(
            markdown.length() > 200 ? markdown.substring(0, 200) + "…" : markdown,
            renderer.partial(markdown + " ▍"));
    try {
      if (ts == null) {
        ts = api.post(channel, threadTs, partial);
      } else {
        api.update(channel, ts, partial);
      }
    } catch (SlackApiFailure e) {
      // A missed intermediate update costs nothing: the next one, or the final message, repairs it.
      log.warn("live update skipped: {}", e.getMessage());
    }
  }
}
