package dev.platformconsultant.llm;

import dev.platformconsultant.model.AnswerListener;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.LanguageModelException;
import dev.platformconsultant.model.Prompt;
import dev.platformconsultant.time.Sleeper;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A language model with the caller's failure policy around it: retryable failures (time-out, 429,
 * 5xx, an unreadable body) are retried a bounded number of times with exponential back-off and
 * jitter, as long as the provider's {@code Retry-After} asks when it says (longer than usual after
 * a 429 that does not); a circuit breaker stops calling a provider that keeps failing, so an outage
 * answers at once from the knowledge base instead of piling up waiting threads. A stream is retried
 * only if it failed before its first words: text a user has seen is never sent twice. Every wait
 * goes through the {@link Sleeper} and every reading of the time through the {@link Clock} it is
 * given, so tests check the waits without spending them. Thread-safe.
 *
 * <p>The retry loop is ours rather than resilience4j's {@code Retry}: its synchronous retries sleep
 * with {@code Thread.sleep} behind a JVM-wide static ({@code RetryImpl.sleepFunction}, its own test
 * hook) and only its asynchronous ones take a scheduler, so it cannot be given a sleeper.
 * resilience4j still computes the jittered back-off and runs the circuit breaker.
 */
public final class ResilientLanguageModel implements LanguageModel {
  private static final Logger log = LoggerFactory.getLogger(ResilientLanguageModel.class);

  private final LanguageModel delegate;
  private final int maxRetries;
  private final IntervalFunction backoff;
  private final ProviderPushback pushback;
  private final Duration longestPause;
  private final CircuitBreaker breaker;
  private final Sleeper sleeper;

  /**
   * @param pushback what the provider last asked for with {@code Retry-After}
   * @param longestPause the longest {@code Retry-After} worth waiting for: a user is watching a
   *     placeholder, so past this the answer comes from the knowledge base at once
   * @param clock the time the circuit breaker reads (the pushback has its own, normally the same)
   * @param sleeper how to wait before a retry or a call the provider asked to delay
   */
  public ResilientLanguageModel(
      LanguageModel delegate,
      int maxRetries,
      Duration firstBackoff,
      Duration openFor,
      ProviderPushback pushback,
      Duration longestPause,
      Clock clock,
      Sleeper sleeper) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries cannot be negative: " + maxRetries);
    }
    this.delegate = delegate;
    this.maxRetries = maxRetries;
    this.backoff = IntervalFunction.ofExponentialRandomBackoff(firstBackoff, 2.0, 0.5);
    this.pushback = pushback;
    this.longestPause = longestPause;
    this.sleeper = sleeper;
    this.breaker =
        CircuitBreaker.of(
            "llm",
            CircuitBreakerConfig.custom()
                .slidingWindowSize(20)
                .minimumNumberOfCalls(6)
                .failureRateThreshold(50)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(2)
                .recordException(
                    e ->
                        e instanceof LanguageModelException lme
                            && lme.kind() != LanguageModelException.Kind.REJECTED)
                .clock(clock)
                .build());
  }

  /** How long to wait before retry number {@code retry} (1 for the first) after {@code failure}. */
  private Duration waitBeforeRetry(int retry, LanguageModelException failure) {
    long asked = pushback.remaining().toMillis();
    if (asked > 0) {
      // The provider said when: wait that long, plus a little jitter so the requests it turned
      // away do not all come back in the same millisecond.
      return Duration.ofMillis(asked + ThreadLocalRandom.current().nextLong(50, 250));
    }
    long base = backoff.apply(retry);
    // A 429 without Retry-After still says "slow down": wait longer than for a transient error.
    boolean rateLimited = failure.kind() == LanguageModelException.Kind.RATE_LIMITED;
    return Duration.ofMillis(rateLimited ? base * 4 : base);
  }

  private static boolean retryable(Throwable t) {
    return t instanceof LanguageModelException e
        && e.kind().retryable()
        && e.partialText().isEmpty();
  }

  @Override
  public Completion complete(Prompt prompt) throws LanguageModelException {
    return call(() -> delegate.complete(prompt));
  }

  @Override
  public Completion stream(Prompt prompt, AnswerListener listener) throws LanguageModelException {
    // A stream that failed after its first words is not retried (see retryable): a user never sees
    // the same words twice; the caller finishes the answer with a note instead.
    return call(() -> delegate.stream(prompt, listener));
  }

  private interface ModelCall {
    Completion run() throws LanguageModelException;
  }

  private boolean pausedTooLong() {
    return pushback.remaining().compareTo(longestPause) > 0;
  }

  private Completion call(ModelCall call) throws LanguageModelException {
    Duration pause = pushback.remaining();
    if (pause.compareTo(longestPause) > 0) {
      // Calling now would only be turned away again and count against our limit.
      throw new LanguageModelException(
          LanguageModelException.Kind.RATE_LIMITED, label() + pauseNote(), "", null);
    }
    if (pause.isPositive()) {
      sleep(pause);
    }
    for (int retry = 1; ; retry++) {
      try {
        return breaker.executeCheckedSupplier(call::run);
      } catch (CallNotPermittedException e) {
        throw new LanguageModelException(
            LanguageModelException.Kind.UNAVAILABLE,
            label() + " has been failing; not calling it for a while",
            "",
            e);
      } catch (LanguageModelException e) {
        if (retry > maxRetries || !retryable(e) || pausedTooLong()) {
          throw withPauseNote(e);
        }
        sleep(waitBeforeRetry(retry, e));
      } catch (Throwable e) {
        throw new LanguageModelException(
            LanguageModelException.Kind.MALFORMED, label() + " failed unexpectedly", "", e);
      }
    }
  }

  private LanguageModelException withPauseNote(LanguageModelException e) {
    if (e.kind() == LanguageModelException.Kind.RATE_LIMITED && pausedTooLong()) {
      return new LanguageModelException(
          e.kind(), e.getMessage() + " and" + pauseNote(), e.partialText(), e);
    }
    return e;
  }

  private String pauseNote() {
    long seconds = (pushback.remaining().toMillis() + 999) / 1000;
    return " asked us to wait " + seconds + " s before calling again";
  }

  private void sleep(Duration pause) throws LanguageModelException {
    try {
      sleeper.sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LanguageModelException(
          LanguageModelException.Kind.TIMEOUT, "interrupted while waiting for the provider", "", e);
    }
  }

  /** The breaker's state, for readiness checks and metrics. */
  public String circuitState() {
    return breaker.getState().name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String label() {
    return delegate.label();
  }
}
