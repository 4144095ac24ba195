package dev.platformconsultant.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The LLM back-ends the consultant can talk to; {@code NONE} means the offline engine only. */
public enum LlmProvider {
  OPENAI("gpt-4.1-mini", true),
  ANTHROPIC("claude-sonnet-4-5", true),
  OLLAMA("llama3.1", false),
  NONE("", false);

  private final String defaultModel;
  private final boolean needsApiKey;

  LlmProvider(String defaultModel, boolean needsApiKey) {
    this.defaultModel = defaultModel;
    this.needsApiKey = needsApiKey;
  }

  public String defaultModel() {
    return defaultModel;
  }

  /**
   * Whether the provider's own endpoint refuses calls without a key (a custom base URL may not).
   */
  public boolean needsApiKey() {
    return needsApiKey;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<LlmProvider> fromId(String id) {
    return Arrays.stream(values())
        .filter(p -> p.id().equals(id.trim().toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  public static String accepted() {
    return Arrays.stream(values()).map(LlmProvider::id).collect(Collectors.joining(", "));
  }
}
