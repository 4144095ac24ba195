package dev.platformconsultant.adr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.Golden;
import dev.platformconsultant.ScriptedLanguageModel;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.Mode;
import dev.platformconsultant.text.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * ADR drafts as saved: golden files (see {@link Golden}) next to the model answer and the notes
 * they use, over the knowledge of {@link AdrFixtures}.
 */
class AdrTemplateTest {
  private static AdrDraft draft(Optional<LanguageModel> model) {
    return AdrFixtures.drafter(model)
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

  @Test
  void anOfflineDraftFromEnglishNotesRendersInMadrAsTheGoldenFileSays() {
    AdrDraft draft =
        AdrFixtures.drafter(Optional.empty())
            .draft(
                AdrRequest.builder("Use Kafka for order events")
                    .options("Kafka, RabbitMQ")
                    .material(AdrFixtures.notes("order-events.en.md"))
                    .build());

    Golden.assertMatches("adr/offline-notes.en.madr.md", AdrTemplate.of("madr").render(draft));
  }

  @Test
  void anOfflineDraftFromFrenchNotesRendersInMadrAsTheGoldenFileSays() {
    AdrDraft draft =
        AdrFixtures.drafter(Optional.empty())
            .draft(
                AdrRequest.builder("Choisir l'outil GitOps pour staging")
                    .material(AdrFixtures.notes("gitops-staging.fr.md"))
                    .build());

    Golden.assertMatches("adr/offline-notes.fr.madr.md", AdrTemplate.of("madr").render(draft));
  }

  @Test
  void anOptionNothingIsKnownAboutIsMarkedForTheTeam() {
    AdrDraft draft =
        AdrDraft.builder("Choisir un broker")
            .date(LocalDate.of(2026, 11, 25))
            .mode(Mode.OFFLINE)
            .language(Language.FR)
            .options(List.of(new AdrOption("Kafka", "", List.of(), List.of(), List.of())))
            .build();

    String text = AdrTemplate.of("madr").render(draft);

    assertTrue(text.contains("### Kafka\n\n_À compléter par l'équipe._"), text);
  }
}
