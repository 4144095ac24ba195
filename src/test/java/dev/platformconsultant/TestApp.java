package dev.platformconsultant;

import dev.platformconsultant.adr.AdrDrafter;
import dev.platformconsultant.app.Services;
import dev.platformconsultant.config.EnvironmentSettings;
import dev.platformconsultant.knowledge.HybridKnowledgeBase;
import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.KnowledgeLoader;
import dev.platformconsultant.knowledge.MarkdownDocumentParser;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.PromptBuilder;
import dev.platformconsultant.model.PromptLibrary;
import dev.platformconsultant.review.DesignReviewer;
import dev.platformconsultant.text.LanguageDetector;
import dev.platformconsultant.text.TokenCounter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Wires the real application for a test: the shipped prompts, the fixture knowledge base, an LLM
 * stand-in.
 */
public final class TestApp {
  public static final String FIXTURE_KNOWLEDGE = "src/test/resources/knowledge/fixtures";

  /**
   * The fixture base plus a small design-review checklist (a second directory, as teams add
   * theirs).
   */
  public static final String REVIEW_KNOWLEDGE =
      FIXTURE_KNOWLEDGE + ",src/test/resources/review/knowledge";

  private TestApp() {}

  /** Variables for an offline app over the fixture knowledge base. */
  public static Map<String, String> offlineEnv() {
    Map<String, String> env = new HashMap<>();
    env.put("CONSULTANT_PROMPTS_DIR", "prompts");
    // The tests' team is the fictional example's (prompt assertions name it).
    env.put("CONSULTANT_PROJECT_CONTEXT", "prompts/examples/project-context.md");
    env.put("CONSULTANT_KNOWLEDGE_DIR", FIXTURE_KNOWLEDGE);
    env.put("CONSULTANT_DATA_DIR", "target/test-data");
    env.put("LLM_PROVIDER", "none");
    // The fixture base is tiny: lexical search is what these tests exercise; embeddings have their
    // own.
    env.put("CONSULTANT_EMBEDDINGS", "off");
    return env;
  }

  /** Variables for an app whose LLM is the given provider at {@code baseUrl}. */
  public static Map<String, String> llmEnv(String provider, String baseUrl) {
    Map<String, String> env = offlineEnv();
    env.put("LLM_PROVIDER", provider);
    env.put("LLM_BASE_URL", baseUrl);
    env.put("LLM_API_KEY", "sk-test-0000");
    env.put("LLM_TIMEOUT_SECONDS", "2");
    // One call per question keeps the failure tests fast; the retry policy has its own test.
    env.put("LLM_MAX_RETRIES", "0");
    return env;
  }

  /** {@code env} with the review checklist added to the knowledge directories. */
  public static Map<String, String> withReviewChecklist(Map<String, String> env) {
    env.put("CONSULTANT_KNOWLEDGE_DIR", REVIEW_KNOWLEDGE);
    return env;
  }

  public static Services wire(Map<String, String> env) {
    return Main.wire(EnvironmentSettings.from(env));
  }

  /**
   * A design reviewer over the fixture base and the review checklist, with the shipped prompts and
   * {@code model} (empty for offline).
   */
  public static DesignReviewer reviewer(Optional<LanguageModel> model) {
    return new DesignReviewer(
        wire(withReviewChecklist(offlineEnv())).knowledge(),
        prompts(),
        model,
        new LanguageDetector());
  }

  /** An ADR drafter over the fixture base, with the shipped prompts, {@code model} and a clock. */
  public static AdrDrafter drafter(Optional<LanguageModel> model, Clock clock) {
    return new AdrDrafter(
        wire(offlineEnv()).knowledge(), prompts(), model, new LanguageDetector(), clock);
  }

  private static PromptBuilder prompts() {
    return new PromptBuilder(
        PromptLibrary.load(Path.of("prompts"), Path.of("prompts/examples/project-context.md")),
        new TokenCounter(),
        6000);
  }

  private static volatile KnowledgeBase shipped;

  /**
   * The shipped knowledge base ({@code ./knowledge}), lexical only (resolving ids and searching
   * need no embeddings), loaded once for all the tests that read it.
   */
  public static synchronized KnowledgeBase shippedKnowledge() {
    if (shipped == null) {
      shipped =
          HybridKnowledgeBase.lexical(
              new KnowledgeLoader(new MarkdownDocumentParser(new TokenCounter()))
                  .load(List.of(Path.of("knowledge")))
                  .documents());
    }
    return shipped;
  }

  /**
   * An OpenAI chat completion, as the provider sends it (the recorded fixture), answering {@code
   * content}: for a WireMock stand-in of the LLM.
   */
  public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder openAiChat(
      String content) {
    try {
      var body =
          (com.fasterxml.jackson.databind.node.ObjectNode)
              new com.fasterxml.jackson.databind.ObjectMapper()
                  .readTree(resource("llm/openai-chat.json"));
      ((com.fasterxml.jackson.databind.node.ObjectNode) body.get("choices").get(0).get("message"))
          .put("content", content);
      return com.github.tomakehurst.wiremock.client.WireMock.aResponse()
          .withHeader("Content-Type", "application/json")
          .withBody(body.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String resource(String path) {
    try {
      return Files.readString(Path.of("src/test/resources", path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
