package dev.platformconsultant.llm;

import dev.platformconsultant.model.AnswerListener;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.LanguageModelException;
import dev.platformconsultant.model.Prompt;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
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
 * only if it failed before its first words: text a user has seen is never sent twice. Thread-safe.
 */
public final class ResilientLanguageModel implements LanguageModel {
  private static final Logger log = LoggerFactory.getLogger(ResilientLanguageModel.class);

  private final LanguageModel delegate;
  private final ProviderPushback pushback;
  private final Duration longestPause;
  private final Retry retry;
  private final CircuitBreaker breaker;

  /**
   * @param pushback what the provider last asked for with {@code Retry-After}
   * @param longestPause the longest {@code Retry-After} worth waiting for: a user is watching a
   *     placeholder, so past this the answer comes from the knowledge base at once
   */
  public ResilientLanguageModel(
      LanguageModel delegate,
      int maxRetries,
      Duration firstBackoff,
      Duration openFor,
      ProviderPushback pushback,
      Duration longestPause) {
    this.delegate = delegate;
    this.pushback = pushback;
    this.longestPause = longestPause;
    this.retry =
        Retry.of(
            "llm",
            RetryConfig.<Object>custom()
                .maxAttempts(maxRetries + 1)
                .intervalBiFunction(
                    (attempt, either) -> {
                      long asked = pushback.remaining().toMillis();
                      if (asked > 0) {
                        // The provider said when: wait that long, plus a little jitter so the
                        // requests it turned away do not all come back in the same millisecond.
                        return asked + ThreadLocalRandom.current().nextLong(50, 250);
                      }
                      long base =
                          IntervalFunction.ofExponentialRandomBackoff(firstBackoff, 2.0, 0.5)
                              .apply(attempt);
                      boolean rateLimited =
                          either.isLeft()
                              && either.getLeft() instanceof LanguageModelException e
                              && e.kind() == LanguageModelException.Kind.RATE_LIMITED;
                      // A 429 without Retry-After still says "slow down": wait longer than for a
                      // transient error.
                      return rateLimited ? base * 4 : base;
                    })
                .retryOnException(t -> retryable(t) && !pausedTooLong())
                .failAfterMaxAttempts(false)
                .build());
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
                .build());
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
    try {
      return Retry.decorateCheckedSupplier(
              retry, CircuitBreaker.decorateCheckedSupplier(breaker, call::run))
          .get();
    } catch (CallNotPermittedException e) {
      throw new LanguageModelException(
          LanguageModelException.Kind.UNAVAILABLE,
          label() + " has been failing; not calling it for a while",
          "",
          e);
    } catch (LanguageModelException e) {
      if (e.kind() == LanguageModelException.Kind.RATE_LIMITED && pausedTooLong()) {
        throw new LanguageModelException(
            e.kind(), e.getMessage() + " and" + pauseNote(), e.partialText(), e);
      }
      throw e;
    } catch (Throwable e) {
      throw new LanguageModelException(
          LanguageModelException.Kind.MALFORMED, label() + " failed unexpectedly", "", e);
    }
  }

  private String pauseNote() {
    long seconds = (pushback.remaining().toMillis() + 999) / 1000;
    return " asked us to wait " + seconds + " s before calling again";
  }

  private static void sleep(Duration pause) throws LanguageModelException {
    try {
      Thread.sleep(pause);
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
