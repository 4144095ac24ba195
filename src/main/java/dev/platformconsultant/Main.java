package dev.platformconsultant;

import dev.platformconsultant.cli.ConsultantCommand;
import dev.platformconsultant.config.EnvironmentSettings;
import dev.platformconsultant.config.Settings;
import dev.platformconsultant.consultant.Consultant;
import dev.platformconsultant.consultant.OfflineAnswerWriter;
import dev.platformconsultant.consultant.PromptBuilder;
import dev.platformconsultant.consultant.PromptLibrary;
import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.KnowledgeLoader;
import dev.platformconsultant.knowledge.LuceneKnowledgeBase;
import dev.platformconsultant.knowledge.MarkdownDocumentParser;
import dev.platformconsultant.knowledge.TextRelevance;
import dev.platformconsultant.llm.LanguageModels;
import dev.platformconsultant.text.LanguageDetector;
import dev.platformconsultant.text.TokenCounter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Composition root: reads the settings once, builds every object, hands them to the adapter. */
public final class Main {
  private static final Logger log = LoggerFactory.getLogger(Main.class);

  /**
   * Lucene tells java.util.logging, once per start, that the incubating Vector API is not enabled;
   * a user of the command line cannot act on that. Held here so the setting is not
   * garbage-collected.
   */
  private static final java.util.logging.Logger LUCENE_VECTOR_NOTICE =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Main() {}

  public static void main(String[] args) {
    LUCENE_VECTOR_NOTICE.setLevel(java.util.logging.Level.SEVERE);
    System.exit(run(args, System.getenv()));
  }

  /** Runs the command line with the given environment; returns the exit code. */
  public static int run(String[] args, Map<String, String> env) {
    return ConsultantCommand.commandLine(() -> wire(EnvironmentSettings.from(env)), System.in)
        .execute(args);
  }

  public static Services wire(Settings settings) {
    TokenCounter tokens = new TokenCounter();
    KnowledgeLoader.Loaded loaded =
        new KnowledgeLoader(new MarkdownDocumentParser(tokens)).load(settings.knowledgeDirs());
    KnowledgeBase knowledge = new LuceneKnowledgeBase(loaded.documents());
    PromptLibrary prompts = PromptLibrary.load(settings.promptsDir(), settings.projectContext());
    prompts.warnings().forEach(log::warn);
    List<String> warnings = new ArrayList<>(loaded.warnings());
    warnings.addAll(prompts.warnings());
    if (knowledge.passageCount() == 0) {
      String line =
          "CONSULTANT_KNOWLEDGE_DIR: no knowledge document found in " + settings.knowledgeDirs();
      log.warn(line);
      warnings.add(line);
    }
    Consultant consultant =
        new Consultant(
            knowledge,
            new PromptBuilder(prompts, tokens, settings.promptTokenBudget()),
            LanguageModels.create(settings.llm()),
            new OfflineAnswerWriter(new TextRelevance()),
            new LanguageDetector(),
            tokens,
            Clock.systemUTC());
    log.info(
        "ready: {} documents, {} passages, LLM {}",
        knowledge.documentCount(),
        knowledge.passageCount(),
        settings.llm().label());
    return new Services(settings, knowledge, consultant, warnings);
  }
}
