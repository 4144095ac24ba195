package dev.platformconsultant.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdrRequestTest {

  @Test
  void theBuilderMakesTheSameRequestAsTheCanonicalConstructor() {
    AdrRequest built =
        AdrRequest.builder("  Use Kafka for order events ")
            .context("Events are lost.")
            .options("Kafka, RabbitMQ")
            .drivers("durability")
            .decision("Kafka")
            .participants(List.of("<@U0ALICE>"))
            .link("https://slack.com/archives/C1/p1")
            .material("notes")
            .build();

    assertEquals(
        new AdrRequest(
            "Use Kafka for order events",
            Optional.of("Events are lost."),
            Optional.of("Kafka, RabbitMQ"),
            Optional.of("durability"),
            Optional.of("Kafka"),
            List.of("<@U0ALICE>"),
            Optional.of("https://slack.com/archives/C1/p1"),
            Optional.of("notes")),
        built);
  }

  @Test
  void anUnsetOrBlankTextIsNotGiven() {
    AdrRequest request = AdrRequest.builder("Use Kafka").context(null).options("  ").build();

    assertEquals(AdrRequest.titled("Use Kafka"), request);
    assertEquals(Optional.empty(), request.options());
  }

  @Test
  void aBlankTitleIsRefused() {
    AdrRequest.Builder builder = AdrRequest.builder(" ");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);

    assertEquals("an ADR needs a title", e.getMessage());
  }
}
