package dev.platformconsultant.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that reads the environment (12-factor). Every variable is validated here so that a
 * bad value stops start-up with one line naming it, never a failure at the first question.
 */
public final class EnvironmentSettings {
  public static final int DEFAULT_PROMPT_TOKEN_BUDGET = 6000;
  public static final int DEFAULT_TIMEOUT_SECONDS = 60;
  public static final int DEFAULT_MAX_OUTPUT_TOKENS = 1200;

  private final Map<String, String> env;

  private EnvironmentSettings(Map<String, String> env) {
    this.env = env;
  }

  /** Reads settings from the given variables ({@code System.getenv()} in production). */
  public static Settings from(Map<String, String> env) {
    return new EnvironmentSettings(env).settings();
  }

  private Settings settings() {
    Path promptsDir = path("CONSULTANT_PROMPTS_DIR", "./prompts");
    Path dataDir = path("CONSULTANT_DATA_DIR", "./data");
    return new Settings(
        llm(),
        promptsDir,
        // The team's own context, as `consultant discover` saves it; never an example by default.
        path("CONSULTANT_PROJECT_CONTEXT", dataDir.resolve("project-context.md").toString()),
        knowledgeDirs(),
        path("CONSULTANT_DATA_DIR", "./data"),
        positiveInt("CONSULTANT_PROMPT_TOKEN_BUDGET", DEFAULT_PROMPT_TOKEN_BUDGET, 1000, 200_000),
        flag("CONSULTANT_EMBEDDINGS", true),
        slack(),
        path("CONSULTANT_ADR_DIR", path("CONSULTANT_DATA_DIR", "./data").resolve("adr").toString()),
        adrTemplate());
  }

  private String adrTemplate() {
    String raw = value("CONSULTANT_ADR_TEMPLATE").orElse("madr");
    if (raw.equalsIgnoreCase("madr") || raw.equalsIgnoreCase("nygard")) {
      return raw.toLowerCase(java.util.Locale.ROOT);
    }
    if (!java.nio.file.Files.isRegularFile(Path.of(raw))) {
      throw new InvalidSettingException(
          "CONSULTANT_ADR_TEMPLATE",
          "'%s' is not accepted; expected madr, nygard or the path of a template file"
              .formatted(raw));
    }
    return raw;
  }

  private SlackSettings slack() {
    SlackSettings.Mode mode =
        switch (value("SLACK_MODE").orElse("socket").toLowerCase(java.util.Locale.ROOT)) {
          case "socket" -> SlackSettings.Mode.SOCKET;
          case "http" -> SlackSettings.Mode.HTTP;
          default ->
              throw new InvalidSettingException(
                  "SLACK_MODE",
                  "'%s' is not accepted; expected socket or http"
                      .formatted(value("SLACK_MODE").orElseThrow()));
        };
    Optional<String> apiUrl = value("SLACK_API_URL");
    apiUrl.ifPresent(url -> requireHttpUrl("SLACK_API_URL", url));
    String prefix = value("CONSULTANT_COMMAND_PREFIX").orElse("");
    if (!prefix.matches("[a-z0-9_-]*")) {
      throw new InvalidSettingException(
          "CONSULTANT_COMMAND_PREFIX",
          "'%s' is not accepted; expected lower-case letters, digits, - or _".formatted(prefix));
    }
    return new SlackSettings(
        mode,
        value("SLACK_BOT_TOKEN"),
        value("SLACK_APP_TOKEN"),
        value("SLACK_SIGNING_SECRET"),
        positiveInt("PORT", 3000, 1, 65535),
        apiUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url),
        new SlackSettings.Commands(
            command("CONSULTANT_COMMAND_CONSULT", prefix + "consult"),
            command("CONSULTANT_COMMAND_REVIEW", prefix + "review"),
            command("CONSULTANT_COMMAND_ADR", prefix + "adr")),
        flag("CONSULTANT_FEEDBACK_STORE_TEXT", false),
        new dev.platformconsultant.security.AccessPolicy.Limits(
            ids("CONSULTANT_ALLOWED_CHANNELS"),
            ids("CONSULTANT_ALLOWED_USERS"),
            positiveInt("CONSULTANT_RATE_LIMIT_PER_MINUTE", 10, 1, 10_000),
            positiveInt("CONSULTANT_MAX_INPUT_CHARS", 100_000, 100, 10_000_000)),
        ids("CONSULTANT_ADMINS"),
        java.time.Duration.ofSeconds(
            positiveInt("CONSULTANT_SHUTDOWN_GRACE_SECONDS", 25, 1, 3600)));
  }

  /** A comma-separated list of Slack ids (channels C…/G…, users U…/W…, user groups S…). */
  private java.util.Set<String> ids(String name) {
    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
    for (String raw : value(name).orElse("").split(",")) {
      String id = raw.strip();
      if (id.isEmpty()) {
        continue;
      }
      if (!id.matches("[A-Z][A-Z0-9]{2,}")) {
        throw new InvalidSettingException(
            name,
            "'%s' is not a Slack id; expected ids such as C0123ABCD or U0123ABCD, comma-separated"
                .formatted(id));
      }
      ids.add(id);
    }
    return ids;
  }

  /** A slash command name, with its leading slash, as Slack sends it. */
  private String command(String name, String fallback) {
    String raw = value(name).orElse(fallback);
    String bare = raw.startsWith("/") ? raw.substring(1) : raw;
    if (!bare.matches("[a-z0-9_-]{1,31}")) {
      throw new InvalidSettingException(
          name,
          "'%s' is not a slash command name; expected up to 31 lower-case letters, digits, - or _"
              .formatted(raw));
    }
    return "/" + bare;
  }

  private boolean flag(String name, boolean fallback) {
    Optional<String> raw = value(name);
    if (raw.isEmpty()) {
      return fallback;
    }
    return switch (raw.get().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "on", "yes", "1" -> true;
      case "false", "off", "no", "0" -> false;
      default ->
          throw new InvalidSettingException(
              name, "'%s' is not accepted; expected on or off (true/false)".formatted(raw.get()));
    };
  }

  private LlmSettings llm() {
    Optional<String> baseUrl = value("LLM_BASE_URL");
    baseUrl.ifPresent(url -> requireHttpUrl("LLM_BASE_URL", url));
    LlmProvider provider = provider(baseUrl);
    Optional<String> apiKey = apiKey(provider);
    if (provider.needsApiKey() && apiKey.isEmpty() && baseUrl.isEmpty()) {
      throw new InvalidSettingException(
          "LLM_API_KEY",
          "LLM_PROVIDER=%s needs an API key (set LLM_API_KEY or %s_API_KEY), or set LLM_PROVIDER=none for offline answers"
              .formatted(provider.id(), provider.name()));
    }
    if (provider == LlmProvider.NONE) {
      return LlmSettings.offline();
    }
    return new LlmSettings(
        provider,
        baseUrl,
        apiKey,
        value("LLM_MODEL").orElse(provider.defaultModel()),
        Duration.ofSeconds(positiveInt("LLM_TIMEOUT_SECONDS", DEFAULT_TIMEOUT_SECONDS, 1, 3600)),
        positiveInt("LLM_MAX_OUTPUT_TOKENS", DEFAULT_MAX_OUTPUT_TOKENS, 16, 200_000),
        positiveInt("LLM_MAX_RETRIES", 2, 0, 10),
        price("LLM_PRICE_INPUT_PER_MTOK"),
        price("LLM_PRICE_OUTPUT_PER_MTOK"));
  }

  /** A price in dollars per million tokens, for the cost estimate in metrics and usage. */
  private double price(String name) {
    Optional<String> raw = value(name);
    if (raw.isEmpty()) {
      return 0;
    }
    try {
      double v = Double.parseDouble(raw.get());
      if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new InvalidSettingException(
          name,
          "'%s' is not accepted; expected a price in dollars per million tokens, e.g. 0.40"
              .formatted(raw.get()));
    }
  }

  /** An explicit provider wins; otherwise a key (or an OpenAI-compatible base URL) picks one. */
  private LlmProvider provider(Optional<String> baseUrl) {
    Optional<String> explicit = value("LLM_PROVIDER");
    if (explicit.isPresent()) {
      return LlmProvider.fromId(explicit.get())
          .orElseThrow(
              () ->
                  new InvalidSettingException(
                      "LLM_PROVIDER",
                      "'%s' is not a provider; accepted: %s"
                          .formatted(explicit.get(), LlmProvider.accepted())));
    }
    if (value("ANTHROPIC_API_KEY").isPresent()
        && value("LLM_API_KEY").isEmpty()
        && value("OPENAI_API_KEY").isEmpty()) {
      return LlmProvider.ANTHROPIC;
    }
    if (value("LLM_API_KEY").isPresent()
        || value("OPENAI_API_KEY").isPresent()
        || baseUrl.isPresent()) {
      return LlmProvider.OPENAI;
    }
    return LlmProvider.NONE;
  }

  private Optional<String> apiKey(LlmProvider provider) {
    Optional<String> key = value("LLM_API_KEY");
    if (key.isPresent()) {
      return key;
    }
    return switch (provider) {
      case OPENAI -> value("OPENAI_API_KEY");
      case ANTHROPIC -> value("ANTHROPIC_API_KEY");
      default -> Optional.empty();
    };
  }

  private List<Path> knowledgeDirs() {
    String raw = value("CONSULTANT_KNOWLEDGE_DIR").orElse("./knowledge");
    List<Path> dirs =
        Arrays.stream(raw.split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(Path::of)
            .toList();
    if (dirs.isEmpty()) {
      throw new InvalidSettingException(
          "CONSULTANT_KNOWLEDGE_DIR",
          "no directory given; accepted: a path or a comma-separated list of paths");
    }
    return dirs;
  }

  private Path path(String name, String fallback) {
    String raw = value(name).orElse(fallback);
    try {
      return Path.of(raw);
    } catch (RuntimeException e) {
      throw new InvalidSettingException(name, "'%s' is not a usable path".formatted(raw));
    }
  }

  private int positiveInt(String name, int fallback, int min, int max) {
    Optional<String> raw = value(name);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(raw.get().trim());
      if (parsed < min || parsed > max) {
        throw new NumberFormatException();
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new InvalidSettingException(
          name,
          "'%s' is not accepted; expected a whole number from %d to %d"
              .formatted(raw.get(), min, max));
    }
  }

  private static void requireHttpUrl(String name, String url) {
    if (!url.matches("(?i)https?://[^\\s/$.?#][^\\s]*")) {
      throw new InvalidSettingException(
          name,
          "'%s' is not accepted; expected an http(s) URL such as http://localhost:8000/v1"
              .formatted(url));
    }
  }

  private Optional<String> value(String name) {
    String raw = env.get(name);
    return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.trim());
  }
}
