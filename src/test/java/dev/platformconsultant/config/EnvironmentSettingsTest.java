package dev.platformconsultant.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvironmentSettingsTest {

  @Test
  void noVariablesGivesOfflineDefaults() {
    Settings s = EnvironmentSettings.from(Map.of());

    assertEquals(LlmProvider.NONE, s.llm().provider());
    assertFalse(s.llm().enabled());
    assertEquals(Path.of("./prompts"), s.promptsDir());
    assertEquals(Path.of("./data/project-context.md"), s.projectContext());
    assertEquals(List.of(Path.of("./knowledge")), s.knowledgeDirs());
    assertEquals(Path.of("./data"), s.dataDir());
    assertEquals(6000, s.promptTokenBudget());
  }

  @Test
  void openAiKeyAloneSelectsOpenAiWithDefaults() {
    Settings s = EnvironmentSettings.from(Map.of("OPENAI_API_KEY", "sk-abc"));

    assertEquals(LlmProvider.OPENAI, s.llm().provider());
    assertEquals(Optional.of("sk-abc"), s.llm().apiKey());
    assertEquals("gpt-4.1-mini", s.llm().model());
    assertEquals(Duration.ofSeconds(60), s.llm().timeout());
  }

  @Test
  void anthropicKeyIsTheFallbackForAnthropic() {
    Settings s =
        EnvironmentSettings.from(
            Map.of("LLM_PROVIDER", "anthropic", "ANTHROPIC_API_KEY", "sk-ant-x"));

    assertEquals(LlmProvider.ANTHROPIC, s.llm().provider());
    assertEquals(Optional.of("sk-ant-x"), s.llm().apiKey());
  }

  @Test
  void llmApiKeyWinsOverProviderKeys() {
    Settings s =
        EnvironmentSettings.from(Map.of("LLM_API_KEY", "mine", "OPENAI_API_KEY", "theirs"));

    assertEquals(Optional.of("mine"), s.llm().apiKey());
  }

  @Test
  void baseUrlAloneMeansAnOpenAiCompatibleServerWithoutKey() {
    Settings s =
        EnvironmentSettings.from(
            Map.of("LLM_BASE_URL", "http://localhost:8000/v1", "LLM_MODEL", "qwen2.5"));

    assertEquals(LlmProvider.OPENAI, s.llm().provider());
    assertEquals(Optional.empty(), s.llm().apiKey());
    assertEquals("qwen2.5", s.llm().model());
  }

  @Test
  void ollamaNeedsNoKey() {
    Settings s = EnvironmentSettings.from(Map.of("LLM_PROVIDER", "ollama"));

    assertEquals(LlmProvider.OLLAMA, s.llm().provider());
    assertEquals("llama3.1", s.llm().model());
  }

  @Test
  void knowledgeDirsAreACommaSeparatedList() {
    Settings s =
        EnvironmentSettings.from(Map.of("CONSULTANT_KNOWLEDGE_DIR", "./knowledge, /srv/team-kb ,"));

    assertEquals(List.of(Path.of("./knowledge"), Path.of("/srv/team-kb")), s.knowledgeDirs());
  }

  @Test
  void apiKeyNeverAppearsInToString() {
    Settings s = EnvironmentSettings.from(Map.of("OPENAI_API_KEY", "sk-very-secret"));

    assertFalse(s.toString().contains("sk-very-secret"));
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "LLM_PROVIDER|gemini|LLM_PROVIDER: 'gemini' is not a provider; accepted: openai, anthropic, ollama, none",
        "LLM_TIMEOUT_SECONDS|soon|LLM_TIMEOUT_SECONDS: 'soon' is not accepted; expected a whole number from 1 to 3600",
        "LLM_TIMEOUT_SECONDS|0|LLM_TIMEOUT_SECONDS: '0' is not accepted; expected a whole number from 1 to 3600",
        "LLM_MAX_OUTPUT_TOKENS|-5|LLM_MAX_OUTPUT_TOKENS: '-5' is not accepted; expected a whole number from 16 to 200000",
        "CONSULTANT_PROMPT_TOKEN_BUDGET|6k|CONSULTANT_PROMPT_TOKEN_BUDGET: '6k' is not accepted; expected a whole number from 1000 to 200000",
        "LLM_BASE_URL|localhost:8000|LLM_BASE_URL: 'localhost:8000' is not accepted; expected an http(s) URL such as http://localhost:8000/v1",
      })
  void aBadValueStopsStartUpWithOneLineNamingIt(String variable, String value, String expected) {
    Map<String, String> env = new java.util.HashMap<>(Map.of(variable, value));
    if (!variable.equals("LLM_PROVIDER")) {
      env.put("LLM_PROVIDER", "ollama");
    }

    InvalidSettingException e =
        assertThrows(InvalidSettingException.class, () -> EnvironmentSettings.from(env));

    assertEquals(expected, e.getMessage());
    assertEquals(variable, e.variable());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void aProviderThatNeedsAKeyWithoutOneNamesTheKeyVariable() {
    InvalidSettingException e =
        assertThrows(
            InvalidSettingException.class,
            () -> EnvironmentSettings.from(Map.of("LLM_PROVIDER", "anthropic")));

    assertEquals("LLM_API_KEY", e.variable());
    assertTrue(e.getMessage().contains("ANTHROPIC_API_KEY"), e.getMessage());
  }
}
