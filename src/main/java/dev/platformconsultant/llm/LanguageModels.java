package dev.platformconsultant.llm;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.platformconsultant.config.LlmSettings;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.time.Sleeper;
import java.time.Clock;
import java.util.Optional;

/**
 * Builds the langchain4j chat models for the configured provider: OpenAI and every
 * OpenAI-compatible server (vLLM, LM Studio, gateways) through {@code LLM_BASE_URL}, Anthropic, and
 * Ollama.
 */
public final class LanguageModels {
  private static final String OLLAMA_DEFAULT_URL = "http://localhost:11434";

  /**
   * OpenAI-compatible servers behind a custom base URL often need no key, but the client wants one.
   */
  private static final String NO_KEY = "not-needed";

  /** Retries and back-off are the caller's policy, not hidden inside the client. */
  private static final int NO_RETRIES = 0;

  private LanguageModels() {}

  /** The model for these settings, or empty when the provider is {@code none}. */
  public static Optional<ResilientLanguageModel> create(LlmSettings settings) {
    return create(settings, Clock.systemUTC(), Sleeper.SYSTEM);
  }

  /**
   * As {@link #create(LlmSettings)}, reading the time from {@code clock} and waiting (between
   * retries, and as {@code Retry-After} asks) with {@code sleeper}: tests pass a fake of both.
   */
  public static Optional<ResilientLanguageModel> create(
      LlmSettings settings, Clock clock, Sleeper sleeper) {
    ProviderPushback pushback = new ProviderPushback(clock);
    Optional<LanguageModel> model =
        switch (settings.provider()) {
          case NONE -> Optional.empty();
          case OPENAI -> Optional.of(openAi(settings, pushback));
          case ANTHROPIC -> Optional.of(anthropic(settings, pushback));
          case OLLAMA -> Optional.of(ollama(settings, pushback));
        };
    return model.map(
        m ->
            new ResilientLanguageModel(
                m,
                settings.maxRetries(),
                FIRST_BACKOFF,
                CIRCUIT_OPEN_FOR,
                pushback,
                LONGEST_PAUSE,
                clock,
                sleeper));
  }

  /**
   * One HTTP client per model, each reporting {@code Retry-After} to the provider's shared
   * pushback.
   */
  private static HttpClientBuilder http(ProviderPushback pushback) {
    return JdkHttpClient.builder().httpClientBuilder(PushbackRecordingHttpClient.builder(pushback));
  }

  /**
   * The longest {@code Retry-After} a request waits for; past it the answer comes from the
   * knowledge base at once and says how long the provider asked for.
   */
  static final java.time.Duration LONGEST_PAUSE = java.time.Duration.ofSeconds(20);

  /**
   * The first retry waits about this long (doubling, with jitter); a 429 without {@code
   * Retry-After} waits four times longer.
   */
  static final java.time.Duration FIRST_BACKOFF = java.time.Duration.ofMillis(500);

  /**
   * A provider that keeps failing is not called for this long; answers come from the knowledge
   * base.
   */
  static final java.time.Duration CIRCUIT_OPEN_FOR = java.time.Duration.ofSeconds(30);

  private static LanguageModel openAi(LlmSettings s, ProviderPushback pushback) {
    String key = s.apiKey().orElse(NO_KEY);
    ChatModel chat =
        OpenAiChatModel.builder()
            .baseUrl(s.baseUrl().orElse(null))
            .apiKey(key)
            .modelName(s.model())
            .maxCompletionTokens(s.maxOutputTokens())
            .timeout(s.timeout())
            .httpClientBuilder(http(pushback))
            .maxRetries(NO_RETRIES)
            .build();
    StreamingChatModel streaming =
        OpenAiStreamingChatModel.builder()
            .baseUrl(s.baseUrl().orElse(null))
            .apiKey(key)
            .modelName(s.model())
            .maxCompletionTokens(s.maxOutputTokens())
            .timeout(s.timeout())
            .httpClientBuilder(http(pushback))
            .build();
    return new LangChainLanguageModel(chat, streaming, s.label(), s.timeout());
  }

  private static LanguageModel anthropic(LlmSettings s, ProviderPushback pushback) {
    String key = s.apiKey().orElse(NO_KEY);
    ChatModel chat =
        AnthropicChatModel.builder()
            .baseUrl(s.baseUrl().orElse(null))
            .apiKey(key)
            .modelName(s.model())
            .maxTokens(s.maxOutputTokens())
            .timeout(s.timeout())
            .httpClientBuilder(http(pushback))
            .maxRetries(NO_RETRIES)
            .build();
    StreamingChatModel streaming =
        AnthropicStreamingChatModel.builder()
            .baseUrl(s.baseUrl().orElse(null))
            .apiKey(key)
            .modelName(s.model())
            .maxTokens(s.maxOutputTokens())
            .timeout(s.timeout())
            .httpClientBuilder(http(pushback))
            .build();
    return new LangChainLanguageModel(chat, streaming, s.label(), s.timeout());
  }

  private static LanguageModel ollama(LlmSettings s, ProviderPushback pushback) {
    String url = s.baseUrl().orElse(OLLAMA_DEFAULT_URL);
    ChatModel chat =
        OllamaChatModel.builder()
            .baseUrl(url)
            .modelName(s.model())
            .numPredict(s.maxOutputTokens())
            .timeout(s.timeout())
            .httpClientBuilder(http(pushback))
            .maxRetries(NO_RETRIES)
            .build();
    StreamingChatModel streaming =
        OllamaStreamingChatModel.builder()
            .baseUrl(url)
            .modelName(s.model())
            .numPredict(s.maxOutputTokens())
            .timeout(s.timeout())
            .httpClientBuilder(http(pushback))
            .build();
    return new LangChainLanguageModel(chat, streaming, s.label(), s.timeout());
  }
}
