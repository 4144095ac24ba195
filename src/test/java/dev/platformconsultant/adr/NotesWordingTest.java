package dev.platformconsultant.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.platformconsultant.adr.NotesWording.Section;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotesWordingTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Kafka gives us replay                          | 1",
        "RabbitMQ is simpler to run                     | 1",
        "MSK is expensive for our volume                | -1",
        "Flux lacks a web UI                            | -1",
        "it is not good at routing                      | -1",
        "Argo CD permet le SSO via Dex                  | 1",
        "Flux est plus simple                           | 1",
        "Flux coûte moins en ressources                 | 1",
        "Argo CD coûte cher en mémoire                  | -1",
        "personne dans l'équipe ne le connaît           | -1",
        "Kafka runs on three brokers                    | 0",
      })
  void aClauseIsForAgainstOrNeither(String clause, int sentiment) {
    assertEquals(sentiment, NotesWording.sentiment(clause), clause);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Decision drivers      | DRIVERS",
        "Critères              | DRIVERS",
        "Options envisagées    | OPTIONS",
        "Prochaines étapes     | IGNORED",
        "Next steps            | IGNORED",
        "Contexte              | CONTEXT",
        "Decision              | DECISION",
        "Order events - sync   | OTHER",
      })
  void aHeadingSaysWhatItsSectionHolds(String heading, Section section) {
    assertEquals(section, NotesWording.section(heading));
  }
}
