package dev.platformconsultant.adr;

import dev.platformconsultant.Golden;
import dev.platformconsultant.ScriptedLanguageModel;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.model.LanguageModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Golden files (see {@link Golden}) for ADR drafts as saved, next to the model answer they use. */
class AdrTemplateTest {
  private static final Clock NOV_25 =
      Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

  private static AdrDraft draft(Optional<LanguageModel> model) {
    return TestApp.drafter(model, NOV_25)
        .draft(
            AdrRequest.builder("Use Kafka for order events")
                .context("Order events are lost when the monolith restarts.")
                .options("Kafka, RabbitMQ")
                .drivers("durability, replay")
                .participants(List.of("<@U0ALICE>", "<@U0BOB>"))
                .link("https://kestrel.slack.com/archives/C0001/p1764029000000100")
                .build());
  }

  private static AdrDraft llmDraft() {
    return draft(Optional.of(new ScriptedLanguageModel(TestApp.resource("adr/llm-adr-good.json"))));
  }

  @Test
  void anLlmDraftRendersInMadrAsTheGoldenFileSays() {
    Golden.assertMatches("adr/llm-adr-good.madr.md", AdrTemplate.of("madr").render(llmDraft()));
  }

  @Test
  void anLlmDraftRendersInNygardAsTheGoldenFileSays() {
    Golden.assertMatches("adr/llm-adr-good.nygard.md", AdrTemplate.of("nygard").render(llmDraft()));
  }

  @Test
  void anOfflineDraftRendersInMadrAsTheGoldenFileSays() {
    Golden.assertMatches(
        "adr/offline-draft.madr.md", AdrTemplate.of("madr").render(draft(Optional.empty())));
  }
}
