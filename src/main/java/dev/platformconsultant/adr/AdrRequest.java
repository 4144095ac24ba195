package dev.platformconsultant.adr;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a team asks an ADR draft for: a title and whatever they already know. A thread's
 * participants and link come from the Slack adapter; {@code material} is notes or a discussion,
 * used as data. Build one with {@link #builder(String)}:
 *
 * <pre>{@code
 * AdrRequest request = AdrRequest.builder("Use Kafka for order events")
 *     .options("Kafka, RabbitMQ").decision("Kafka").build();
 * }</pre>
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

  /** A request for the decision {@code title}; every other part is optional. */
  public static Builder builder(String title) {
    return new Builder(title);
  }

  /**
   * The same request with every text passed through {@code f} (redaction, before the core sees it).
   */
  public AdrRequest mapText(UnaryOperator<String> f) {
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
    return builder(title).build();
  }

  /**
   * Builds an {@link AdrRequest}. A text that is {@code null} or blank counts as not given, so an
   * adapter can pass an unset option or an empty form field as it is. Not thread-safe.
   */
  public static final class Builder {
    private final String title;
    private Optional<String> context = Optional.empty();
    private Optional<String> options = Optional.empty();
    private Optional<String> drivers = Optional.empty();
    private Optional<String> decision = Optional.empty();
    private List<String> participants = List.of();
    private Optional<String> link = Optional.empty();
    private Optional<String> material = Optional.empty();

    private Builder(String title) {
      this.title = title;
    }

    /** The context and problem, in the requester's words. */
    public Builder context(String text) {
      context = given(text);
      return this;
    }

    /** The options considered: one per line, or separated by commas. */
    public Builder options(String text) {
      options = given(text);
      return this;
    }

    /** The decision drivers: one per line, or separated by commas. */
    public Builder drivers(String text) {
      drivers = given(text);
      return this;
    }

    /** The decision, if already taken: the draft is then {@code accepted}. */
    public Builder decision(String text) {
      decision = given(text);
      return this;
    }

    /** Who took part; the first is the decision-maker, the others were consulted. */
    public Builder participants(List<String> people) {
      participants = Objects.requireNonNull(people, "participants (an empty list for none)");
      return this;
    }

    /** Where the discussion is (a Slack thread). */
    public Builder link(String url) {
      link = given(url);
      return this;
    }

    /** Notes or a discussion to draft from, used as data. */
    public Builder material(String text) {
      material = given(text);
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalArgumentException if the title is blank
     * @throws NullPointerException if the title is {@code null}
     */
    public AdrRequest build() {
      return new AdrRequest(
          title, context, options, drivers, decision, participants, link, material);
    }

    private static Optional<String> given(String text) {
      return Optional.ofNullable(text).filter(t -> !t.isBlank());
    }
  }
}
