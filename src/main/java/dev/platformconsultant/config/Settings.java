package dev.platformconsultant.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything the application is configured with, built once at start-up by {@link
 * EnvironmentSettings} and passed down explicitly. Immutable.
 *
 * @param knowledgeDirs searched in order; a later directory's file overrides an earlier one of the
 *     same name
 * @param promptTokenBudget the most input tokens a prompt to the LLM may take
 * @param embeddings whether retrieval uses the in-process embedding model besides lexical search
 * @param slack how to reach Slack; validated only when the Slack app starts
 * @param adrDir the ADR log's directory
 * @param adrTemplate {@code madr}, {@code nygard} or the path of a template file
 */
public record Settings(
    LlmSettings llm,
    Path promptsDir,
    Path projectContext,
    List<Path> knowledgeDirs,
    Path dataDir,
    int promptTokenBudget,
    boolean embeddings,
    SlackSettings slack,
    Path adrDir,
    String adrTemplate) {

  public Settings {
    Objects.requireNonNull(llm, "llm");
    Objects.requireNonNull(promptsDir, "promptsDir");
    Objects.requireNonNull(projectContext, "projectContext");
    Objects.requireNonNull(dataDir, "dataDir");
    knowledgeDirs = List.copyOf(knowledgeDirs);
    if (knowledgeDirs.isEmpty()) {
      throw new IllegalArgumentException("at least one knowledge directory is needed");
    }
    if (promptTokenBudget < 1000) {
      throw new IllegalArgumentException("promptTokenBudget below 1000: " + promptTokenBudget);
    }
  }

  /** These settings with another LLM (a benchmark's stand-in, say). */
  public Settings withLlm(LlmSettings llm) {
    return new Settings(
        llm,
        promptsDir,
        projectContext,
        knowledgeDirs,
        dataDir,
        promptTokenBudget,
        embeddings,
        slack,
        adrDir,
        adrTemplate);
  }

  /** These settings with another Slack configuration. */
  public Settings withSlack(SlackSettings slack) {
    return new Settings(
        llm,
        promptsDir,
        projectContext,
        knowledgeDirs,
        dataDir,
        promptTokenBudget,
        embeddings,
        slack,
        adrDir,
        adrTemplate);
  }

  /** These settings writing to another data directory (the ADR log moves with it). */
  public Settings withDataDir(Path dataDir) {
    return new Settings(
        llm,
        promptsDir,
        projectContext,
        knowledgeDirs,
        dataDir,
        promptTokenBudget,
        embeddings,
        slack,
        dataDir.resolve("adr"),
        adrTemplate);
  }
}
