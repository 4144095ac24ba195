package dev.platformconsultant.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the LLM. {@code baseUrl} empty means the provider's public endpoint; {@code apiKey}
 * is never logged (see {@link #toString()}).
 */
public record LlmSettings(
    LlmProvider provider,
    Optional<String> baseUrl,
    Optional<String> apiKey,
    String model,
    Duration timeout,
    int maxOutputTokens,
    int maxRetries,
    double inputPricePerMillion,
    double outputPricePerMillion) {

  public LlmSettings {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(model, "model");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (maxOutputTokens < 1) {
      throw new IllegalArgumentException("maxOutputTokens must be positive: " + maxOutputTokens);
    }
  }

  public static LlmSettings offline() {
    return new LlmSettings(
        LlmProvider.NONE,
        Optional.empty(),
        Optional.empty(),
        "",
        Duration.ofSeconds(60),
        1200,
        0,
        0,
        0);
  }

  public boolean enabled() {
    return provider != LlmProvider.NONE;
  }

  /** A short human label such as {@code openai/gpt-4.1-mini}. */
  public String label() {
    return enabled() ? provider.id() + "/" + model : "none";
  }

  @Override
  public String toString() {
    return "LlmSettings[provider=%s, baseUrl=%s, apiKey=%s, model=%s, timeout=%s, maxOutputTokens=%d]"
        .formatted(
            provider.id(),
            baseUrl.orElse("(default)"),
            apiKey.isPresent() ? "(set)" : "(none)",
            model,
            timeout,
            maxOutputTokens);
  }
}
