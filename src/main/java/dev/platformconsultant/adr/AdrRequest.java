package dev.platformconsultant.adr;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a team asks an ADR draft for: a title and whatever they already know. A thread's
 * participants and link come from the Slack adapter; {@code material} is notes or a discussion,
 * used as data.
 */
public record AdrRequest(
    String title,
    Optional<String> context,
    Optional<String> options,
    Optional<String> drivers,
    Optional<String> decision,
    List<String> participants,
    Optional<String> link,
    Optional<String> material) {

  public AdrRequest {
    Objects.requireNonNull(title, "title");
    title = title.strip();
    if (title.isEmpty()) {
      throw new IllegalArgumentException("an ADR needs a title");
    }
    participants = List.copyOf(participants);
  }

  /**
   * The same request with every text passed through {@code f} (redaction, before the core sees it).
   */
  public AdrRequest mapText(java.util.function.UnaryOperator<String> f) {
    return new AdrRequest(
        f.apply(title),
        context.map(f),
        options.map(f),
        drivers.map(f),
        decision.map(f),
        participants,
        link,
        material.map(f));
  }

  public static AdrRequest titled(String title) {
    return new AdrRequest(
        title,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty());
  }
}
