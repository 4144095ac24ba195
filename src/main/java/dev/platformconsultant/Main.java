package dev.platformconsultant;

import dev.platformconsultant.adr.AdrDrafter;
import dev.platformconsultant.adr.AdrLog;
import dev.platformconsultant.adr.AdrTemplate;
import dev.platformconsultant.app.Services;
import dev.platformconsultant.assessment.Assessor;
import dev.platformconsultant.audit.Auditor;
import dev.platformconsultant.businesscase.BusinessCaseNarrator;
import dev.platformconsultant.businesscase.BusinessCases;
import dev.platformconsultant.cli.ConsultantCommand;
import dev.platformconsultant.config.EnvironmentSettings;
import dev.platformconsultant.config.Settings;
import dev.platformconsultant.consultant.Consultant;
import dev.platformconsultant.consultant.OfflineAnswerWriter;
import dev.platformconsultant.deliverable.Deliverables;
import dev.platformconsultant.evaluation.Evaluator;
import dev.platformconsultant.knowledge.EmbeddingModels;
import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.KnowledgeIndexer;
import dev.platformconsultant.knowledge.KnowledgeLoader;
import dev.platformconsultant.knowledge.MarkdownDocumentParser;
import dev.platformconsultant.knowledge.ReloadingKnowledgeBase;
import dev.platformconsultant.knowledge.TextRelevance;
import dev.platformconsultant.llm.LanguageModels;
import dev.platformconsultant.llm.ResilientLanguageModel;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.PromptBuilder;
import dev.platformconsultant.model.PromptLibrary;
import dev.platformconsultant.ops.MeteredKnowledgeBase;
import dev.platformconsultant.ops.MeteredLanguageModel;
import dev.platformconsultant.ops.UsageLog;
import dev.platformconsultant.review.DesignReviewer;
import dev.platformconsultant.roadmap.RoadmapNarrator;
import dev.platformconsultant.roadmap.Roadmapper;
import dev.platformconsultant.security.Redactor;
import dev.platformconsultant.text.LanguageDetector;
import dev.platformconsultant.text.TokenCounter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    return ConsultantCommand.commandLine(
            () -> EnvironmentSettings.from(env), Main::wire, System.in, selfCommand())
        .execute(args);
  }

  /**
   * This program again, as a child process would start it: the same java, the JVM options this one
   * was started with (heap, GC), the same class path.
   */
  private static List<String> selfCommand() {
    ProcessHandle.Info self = ProcessHandle.current().info();
    List<String> command = new ArrayList<>();
    command.add(self.command().orElse("java"));
    for (String a : self.arguments().orElse(new String[0])) {
      if (a.equals("-jar") || a.equals("-cp") || a.equals("-classpath") || !a.startsWith("-")) {
        break;
      }
      command.add(a);
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    return command;
  }

  public static Services wire(Settings settings) {
    TokenCounter tokens = new TokenCounter();
    PromptLibrary prompts = PromptLibrary.load(settings.promptsDir(), settings.projectContext());
    prompts.warnings().forEach(log::warn);
    ReloadingKnowledgeBase knowledge =
        new ReloadingKnowledgeBase(
            settings.knowledgeDirs(),
            new KnowledgeLoader(new MarkdownDocumentParser(tokens)),
            new KnowledgeIndexer(
                EmbeddingModels.load(settings.embeddings()),
                EmbeddingModels.NAME,
                settings.dataDir().resolve("index")));
    List<String> warnings = new ArrayList<>(knowledge.warnings());
    warnings.addAll(prompts.warnings());
    if (knowledge.passageCount() == 0) {
      String line =
          "CONSULTANT_KNOWLEDGE_DIR: no knowledge document found in " + settings.knowledgeDirs();
      log.warn(line);
      warnings.add(line);
    }
    PromptBuilder promptBuilder =
        new PromptBuilder(prompts, tokens, settings.promptTokenBudget(), settings.projectContext());
    PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Optional<ResilientLanguageModel> resilient = LanguageModels.create(settings.llm());
    Optional<LanguageModel> model =
        resilient.map(
            m ->
                new MeteredLanguageModel(
                    m,
                    metrics,
                    settings.llm().inputPricePerMillion(),
                    settings.llm().outputPricePerMillion()));
    KnowledgeBase searched = new MeteredKnowledgeBase(knowledge, metrics);
    LanguageDetector languages = new LanguageDetector();
    Consultant consultant =
        new Consultant(
            searched,
            promptBuilder,
            model,
            new OfflineAnswerWriter(new TextRelevance(), searched),
            languages,
            tokens,
            Clock.systemUTC());
    DesignReviewer reviewer = new DesignReviewer(searched, promptBuilder, model, languages);
    AdrDrafter drafter =
        new AdrDrafter(searched, promptBuilder, model, languages, Clock.systemDefaultZone());
    AdrLog adrLog = new AdrLog(settings.adrDir(), AdrTemplate.of(settings.adrTemplate()));
    log.info(
        "ready: {} documents, {} passages, LLM {}",
        knowledge.documentCount(),
        knowledge.passageCount(),
        settings.llm().label());
    Assessor assessor =
        Assessor.wired(
            searched,
            promptBuilder,
            model,
            settings.dataDir().resolve("assessments"),
            Clock.systemUTC());
    Deliverables deliverables = new Deliverables(settings.dataDir().resolve("deliverables"));
    Auditor auditor =
        new Auditor(
            assessor.questionnaire(),
            searched,
            promptBuilder,
            model,
            reviewer,
            assessor.history(),
            deliverables,
            Clock.systemUTC());
    Evaluator evaluator =
        new Evaluator(
            searched, consultant, reviewer, model, prompts.projectContext().orElse(""), languages);
    return new Services(
        settings,
        knowledge,
        consultant,
        reviewer,
        drafter,
        adrLog,
        new Redactor(),
        metrics,
        () ->
            knowledge.passageCount() > 0
                && resilient.map(r -> !r.circuitState().equals("open")).orElse(true),
        new UsageLog(
            settings.dataDir(),
            Clock.systemUTC(),
            settings.llm().inputPricePerMillion(),
            settings.llm().outputPricePerMillion()),
        warnings,
        evaluator,
        assessor,
        auditor,
        new Roadmapper(
            auditor,
            searched,
            deliverables,
            new RoadmapNarrator(searched, promptBuilder, model),
            Clock.systemUTC()),
        new BusinessCases(
            deliverables,
            new BusinessCaseNarrator(searched, promptBuilder, model),
            Clock.systemUTC()));
  }
}
