package dev.platformconsultant.ops;

import dev.platformconsultant.model.AnswerListener;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.LanguageModelException;
import dev.platformconsultant.model.Prompt;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Measures LLM calls: latency, tokens in and out and their estimated cost by model (prices per
 * million tokens, configurable), and failures by kind. The consultant practises the FinOps it
 * preaches. Thread-safe.
 */
public final class MeteredLanguageModel implements LanguageModel {
  private final LanguageModel delegate;
  private final MeterRegistry registry;
  private final double inputPricePerMillion;
  private final double outputPricePerMillion;
  private final Timer latency;
  private final Counter tokensIn;
  private final Counter tokensOut;
  private final Counter cost;

  public MeteredLanguageModel(
      LanguageModel delegate,
      MeterRegistry registry,
      double inputPricePerMillion,
      double outputPricePerMillion) {
    this.delegate = delegate;
    this.registry = registry;
    this.inputPricePerMillion = inputPricePerMillion;
    this.outputPricePerMillion = outputPricePerMillion;
    String model = delegate.label();
    this.latency =
        Timer.builder("consultant.llm.latency")
            .tag("model", model)
            .publishPercentileHistogram()
            .register(registry);
    this.tokensIn =
        Counter.builder("consultant.llm.tokens")
            .tag("model", model)
            .tag("direction", "in")
            .register(registry);
    this.tokensOut =
        Counter.builder("consultant.llm.tokens")
            .tag("model", model)
            .tag("direction", "out")
            .register(registry);
    this.cost =
        Counter.builder("consultant.llm.cost")
            .baseUnit("usd")
            .description("estimated from the configured prices")
            .tag("model", model)
            .register(registry);
  }

  @Override
  public Completion complete(Prompt prompt) throws LanguageModelException {
    return measure(prompt, () -> delegate.complete(prompt));
  }

  @Override
  public Completion stream(Prompt prompt, AnswerListener listener) throws LanguageModelException {
    return measure(prompt, () -> delegate.stream(prompt, listener));
  }

  private interface Call {
    Completion run() throws LanguageModelException;
  }

  private Completion measure(Prompt prompt, Call call) throws LanguageModelException {
    long start = System.nanoTime();
    try {
      Completion c = call.run();
      int in = c.inputTokens() >= 0 ? c.inputTokens() : prompt.inputTokens();
      int out = Math.max(0, c.outputTokens());
      tokensIn.increment(in);
      tokensOut.increment(out);
      cost.increment((in * inputPricePerMillion + out * outputPricePerMillion) / 1_000_000);
      return c;
    } catch (LanguageModelException e) {
      registry
          .counter(
              "consultant.errors",
              "kind",
              "llm_" + e.kind().name().toLowerCase(java.util.Locale.ROOT))
          .increment();
      throw e;
    } finally {
      latency.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
  }

  @Override
  public String label() {
    return delegate.label();
  }
}
