package dev.platformconsultant.adr;

import dev.platformconsultant.TestApp;
import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.PromptBuilder;
import dev.platformconsultant.model.PromptLibrary;
import dev.platformconsultant.text.LanguageDetector;
import dev.platformconsultant.text.TokenCounter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * The ADR tests' knowledge: the fixture base (DORA, Kubernetes costs, SLOs) plus documents an ADR
 * on order events or GitOps may cite (an outbox, GitOps) and one that names Kafka only in passing
 * (preview environments), which it must not.
 */
final class AdrFixtures {
  static final String KNOWLEDGE = TestApp.FIXTURE_KNOWLEDGE + ",src/test/resources/adr/knowledge";
  static final Clock NOV_25 = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

  private AdrFixtures() {}

  static Map<String, String> env(Map<String, String> env) {
    env.put("CONSULTANT_KNOWLEDGE_DIR", KNOWLEDGE);
    return env;
  }

  static KnowledgeBase knowledge() {
    return TestApp.wire(env(TestApp.offlineEnv())).knowledge();
  }

  /** A drafter over this knowledge, with the shipped prompts, {@code model} and a fixed day. */
  static AdrDrafter drafter(Optional<LanguageModel> model) {
    return new AdrDrafter(
        knowledge(),
        new PromptBuilder(
            PromptLibrary.load(Path.of("prompts"), Path.of("prompts/examples/project-context.md")),
            new TokenCounter(),
            6000),
        model,
        new LanguageDetector(),
        NOV_25);
  }

  static String notes(String name) {
    return TestApp.resource("adr/notes/" + name);
  }
}
