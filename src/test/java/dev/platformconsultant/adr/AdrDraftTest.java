package dev.platformconsultant.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.model.Mode;
import dev.platformconsultant.text.Language;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdrDraftTest {

  @Test
  void aCopyThroughTheBuilderIsEqualToTheOriginal() {
    AdrDraft draft = AdrLogTest.draft("Use Kafka for order events");

    assertEquals(draft, draft.toBuilder().build());
  }

  @Test
  void withWarningChangesTheWarningAndNothingElse() {
    AdrDraft draft = AdrLogTest.draft("Use Kafka for order events");

    AdrDraft warned = draft.withWarning("Fallback: the LLM did not answer (x); this is the draft.");

    assertEquals(
        Optional.of("Fallback: the LLM did not answer (x); this is the draft."), warned.warning());
    assertEquals(draft, warned.toBuilder().warning(null).build());
  }

  @Test
  void buildNamesWhatIsMissing() {
    AdrDraft.Builder noDate =
        AdrDraft.builder("Use Kafka").mode(Mode.OFFLINE).language(Language.EN);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, noDate::build);

    assertEquals("an ADR draft needs a date", e.getMessage());
  }

  @Test
  void theChosenOptionMustBeOneOfTheOptions() {
    AdrDraft.Builder builder =
        AdrLogTest.draft("Use Kafka for order events").toBuilder().chosen("Pulsar");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);

    assertTrue(e.getMessage().contains("'Pulsar'"), e.getMessage());
    assertEquals(
        "kafka",
        AdrLogTest.draft("Use Kafka for order events").toBuilder().chosen("kafka").build().chosen(),
        "options are matched regardless of case, as the drafter does");
  }

  @Test
  void unsetTextsAndListsAreEmptyAndTheStatusIsProposed() {
    AdrDraft draft =
        AdrDraft.builder("Use Kafka")
            .date(java.time.LocalDate.of(2026, 1, 2))
            .mode(Mode.OFFLINE)
            .language(Language.EN)
            .build();

    assertEquals("proposed", draft.status());
    assertEquals("", draft.context());
    assertEquals(List.of(), draft.options());
    assertEquals(Optional.empty(), draft.warning());
  }
}
