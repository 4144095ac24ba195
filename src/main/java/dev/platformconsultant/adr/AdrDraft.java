package dev.platformconsultant.adr;

import dev.platformconsultant.model.Mode;
import dev.platformconsultant.text.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An Architecture Decision Record draft, in the fields MADR 4 has (the Nygard template uses a
 * subset). Build one with {@link #builder(String)}; change one with {@link #toBuilder()} or a
 * {@code with…} method.
 *
 * <pre>{@code
 * AdrDraft draft = AdrDraft.builder("Use Kafka for order events")
 *     .date(LocalDate.now(clock)).mode(Mode.OFFLINE).language(Language.EN)
 *     .options(List.of(kafka, rabbit)).build();
 * }</pre>
 *
 * @param status {@code proposed} unless a decision was given ({@code accepted})
 * @param chosen the chosen option's name, one of {@code options}; empty while proposed
 * @param warning something the reader should know (an LLM fall-back)
 */
public record AdrDraft(
    String title,
    String status,
    LocalDate date,
    List<String> decisionMakers,
    List<String> consulted,
    List<String> informed,
    String context,
    List<String> drivers,
    List<AdrOption> options,
    String chosen,
    String justification,
    List<String> goodConsequences,
    List<String> badConsequences,
    String confirmation,
    List<String> moreInformation,
    Mode mode,
    Language language,
    Optional<String> warning) {

  public AdrDraft {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("an ADR draft needs a title, got: " + title);
    }
    if (status == null || status.isBlank()) {
      throw new IllegalArgumentException("an ADR draft needs a status, got: " + status);
    }
    required(date, "a date");
    required(mode, "a mode");
    required(language, "a language");
    required(warning, "a warning (Optional.empty() for none)");
    decisionMakers = List.copyOf(decisionMakers);
    consulted = List.copyOf(consulted);
    informed = List.copyOf(informed);
    drivers = List.copyOf(drivers);
    options = List.copyOf(options);
    goodConsequences = List.copyOf(goodConsequences);
    badConsequences = List.copyOf(badConsequences);
    moreInformation = List.copyOf(moreInformation);
    context = context == null ? "" : context;
    chosen = chosen == null ? "" : chosen;
    justification = justification == null ? "" : justification;
    confirmation = confirmation == null ? "" : confirmation;
    String named = chosen;
    if (!named.isBlank() && options.stream().noneMatch(o -> o.name().equalsIgnoreCase(named))) {
      throw new IllegalArgumentException(
          "the chosen option '%s' is not one of the options %s"
              .formatted(named, options.stream().map(AdrOption::name).toList()));
    }
  }

  private static void required(Object value, String what) {
    if (value == null) {
      throw new IllegalArgumentException("an ADR draft needs " + what);
    }
  }

  /** A draft titled {@code title}; date, mode and language must be set before {@code build()}. */
  public static Builder builder(String title) {
    return new Builder(title);
  }

  /** A builder holding every field of this draft, to change some. */
  public Builder toBuilder() {
    return new Builder(title)
        .status(status)
        .date(date)
        .decisionMakers(decisionMakers)
        .consulted(consulted)
        .informed(informed)
        .context(context)
        .drivers(drivers)
        .options(options)
        .chosen(chosen)
        .justification(justification)
        .goodConsequences(goodConsequences)
        .badConsequences(badConsequences)
        .confirmation(confirmation)
        .moreInformation(moreInformation)
        .mode(mode)
        .language(language)
        .warning(warning.orElse(null));
  }

  public AdrDraft withMoreInformation(List<String> lines) {
    return toBuilder().moreInformation(lines).build();
  }

  public AdrDraft withStatus(String newStatus) {
    return toBuilder().status(newStatus).build();
  }

  /** The same draft with {@code text} for the reader to know first (an LLM fall-back). */
  public AdrDraft withWarning(String text) {
    return toBuilder().warning(text).build();
  }

  /**
   * Builds an {@link AdrDraft}; lists and texts left unset are empty, the status {@code proposed}.
   * Not thread-safe; {@link #build()} validates.
   */
  public static final class Builder {
    private final String title;
    private String status = "proposed";
    private LocalDate date;
    private List<String> decisionMakers = List.of();
    private List<String> consulted = List.of();
    private List<String> informed = List.of();
    private String context = "";
    private List<String> drivers = List.of();
    private List<AdrOption> options = List.of();
    private String chosen = "";
    private String justification = "";
    private List<String> goodConsequences = List.of();
    private List<String> badConsequences = List.of();
    private String confirmation = "";
    private List<String> moreInformation = List.of();
    private Mode mode;
    private Language language;
    private Optional<String> warning = Optional.empty();

    private Builder(String title) {
      this.title = title;
    }

    public Builder status(String value) {
      status = value;
      return this;
    }

    public Builder date(LocalDate value) {
      date = value;
      return this;
    }

    public Builder decisionMakers(List<String> value) {
      decisionMakers = value;
      return this;
    }

    public Builder consulted(List<String> value) {
      consulted = value;
      return this;
    }

    public Builder informed(List<String> value) {
      informed = value;
      return this;
    }

    public Builder context(String value) {
      context = value;
      return this;
    }

    public Builder drivers(List<String> value) {
      drivers = value;
      return this;
    }

    public Builder options(List<AdrOption> value) {
      options = value;
      return this;
    }

    public Builder chosen(String value) {
      chosen = value;
      return this;
    }

    public Builder justification(String value) {
      justification = value;
      return this;
    }

    public Builder goodConsequences(List<String> value) {
      goodConsequences = value;
      return this;
    }

    public Builder badConsequences(List<String> value) {
      badConsequences = value;
      return this;
    }

    public Builder confirmation(String value) {
      confirmation = value;
      return this;
    }

    public Builder moreInformation(List<String> value) {
      moreInformation = value;
      return this;
    }

    public Builder mode(Mode value) {
      mode = value;
      return this;
    }

    public Builder language(Language value) {
      language = value;
      return this;
    }

    /** Something the reader should know first; {@code null} or blank for nothing. */
    public Builder warning(String value) {
      warning = Optional.ofNullable(value).filter(w -> !w.isBlank());
      return this;
    }

    /**
     * The draft.
     *
     * @throws IllegalArgumentException naming what is missing or wrong
     * @throws NullPointerException if a list was set to {@code null}
     */
    public AdrDraft build() {
      return new AdrDraft(
          title,
          status,
          date,
          decisionMakers,
          consulted,
          informed,
          context,
          drivers,
          options,
          chosen,
          justification,
          goodConsequences,
          badConsequences,
          confirmation,
          moreInformation,
          mode,
          language,
          warning);
    }
  }
}
