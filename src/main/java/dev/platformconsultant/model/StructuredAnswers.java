package dev.platformconsultant.model;

import dev.platformconsultant.model.ModelJson.InvalidAnswerException;
import dev.platformconsultant.text.Language;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the language model for a structured (JSON) deliverable and returns it read, or else the
 * deterministic one labelled with why. The one place that says "ask, validate, ask once more with
 * the reason, fall back and say so", so that a review, an ADR draft and each later deliverable fail
 * the same way and their users read the same sentence.
 *
 * <p>An unusable answer is asked for once more with the reason ({@link Prompt#retry}); an answer
 * unusable twice, or a model that fails, gives the fallback labelled in the prompt's language, for
 * example "Fallback: the LLM's review was invalid twice (…); this is the offline checklist review."
 * A failed call is not asked again here: the model behind {@link LanguageModel} already retries
 * what is worth retrying. Without a model the fallback is returned unlabelled, because running
 * offline is a choice, not a failure. Each fallback is logged once, at WARN, with its reason.
 * Thread-safe when the model and the label function are.
 *
 * <pre>{@code
 * StructuredAnswers<Review> reviews = new StructuredAnswers<>(model, WORDING, Review::withWarning);
 * Review review = reviews.ask(() -> prompt, (answer, asked) -> parse(answer, asked), offline);
 * }</pre>
 *
 * @param <T> the deliverable
 */
public final class StructuredAnswers<T> {
  private static final Logger log = LoggerFactory.getLogger(StructuredAnswers.class);

  private final Optional<LanguageModel> model;
  private final Wording wording;
  private final BiFunction<T, String, T> withWarning;

  /**
   * @param model the model to ask; empty to always return the fallback
   * @param wording how this deliverable is named in a fallback warning
   * @param withWarning the fallback carrying a warning for the user
   */
  public StructuredAnswers(
      Optional<LanguageModel> model, Wording wording, BiFunction<T, String, T> withWarning) {
    this.model = Objects.requireNonNull(model, "model");
    this.wording = Objects.requireNonNull(wording, "wording");
    this.withWarning = Objects.requireNonNull(withWarning, "withWarning");
  }

  /**
   * The model's answer to {@code prompt} read by {@code parser}, or {@code fallback}.
   *
   * @param prompt built only when there is a model to ask, so an offline run does not pay for it
   * @param parser reads an answer; it is given the prompt asked, whose passages number the
   *     citations
   * @param fallback the deterministic deliverable, returned as it is when there is no model
   */
  public T ask(Supplier<Prompt> prompt, Parser<T> parser, T fallback) {
    Objects.requireNonNull(fallback, "fallback");
    if (model.isEmpty()) {
      return fallback;
    }
    Prompt asked = prompt.get();
    Reason reason;
    try {
      String first = model.get().complete(asked).text();
      try {
        return parser.parse(first, asked);
      } catch (InvalidAnswerException e) {
        log.debug(
            "the LLM's {} was invalid ({}); asking once more", wording.english(), e.getMessage());
        String second = model.get().complete(asked.retry(first, e.getMessage())).text();
        try {
          return parser.parse(second, asked);
        } catch (InvalidAnswerException again) {
          reason = new Reason(Reason.Kind.INVALID_TWICE, again.getMessage());
        }
      }
    } catch (LanguageModelException e) {
      reason = new Reason(Reason.Kind.NO_ANSWER, e.getMessage());
    }
    log.warn(
        "falling back to the {}: {}", wording.englishFallback(), reason.in(Language.EN, wording));
    return withWarning.apply(fallback, warning(reason, asked.language()));
  }

  private String warning(Reason reason, Language language) {
    return switch (language) {
      case EN ->
          "Fallback: %s; this is the %s."
              .formatted(reason.in(language, wording), wording.englishFallback());
      case FR ->
          "Mode dégradé : %s ; voici %s."
              .formatted(reason.in(language, wording), wording.frenchFallback());
    };
  }

  /** Reads a model's answer, or says in words a model understands why it cannot be used. */
  @FunctionalInterface
  public interface Parser<T> {
    T parse(String answer, Prompt asked) throws InvalidAnswerException;
  }

  /**
   * How a deliverable is named in a fallback warning. French names carry their article, since it
   * follows the noun's gender.
   *
   * @param english as in "the LLM's ___ was invalid twice", e.g. {@code review}
   * @param french as in "___ du LLM était invalide deux fois", e.g. {@code la revue}
   * @param englishFallback as in "this is the ___.", e.g. {@code offline checklist review}
   * @param frenchFallback as in "voici ___.", e.g. {@code la revue hors ligne par checklist}
   */
  public record Wording(
      String english, String french, String englishFallback, String frenchFallback) {
    public Wording {
      for (String name : new String[] {english, french, englishFallback, frenchFallback}) {
        if (name == null || name.isBlank()) {
          throw new IllegalArgumentException(
              "every name of a deliverable is needed, got: %s, %s, %s, %s"
                  .formatted(english, french, englishFallback, frenchFallback));
        }
      }
    }
  }

  /** Why the fallback was given; the detail is the parser's or the provider's words. */
  private record Reason(Kind kind, String detail) {
    enum Kind {
      INVALID_TWICE,
      NO_ANSWER
    }

    String in(Language language, Wording wording) {
      return switch (kind) {
        case INVALID_TWICE ->
            switch (language) {
              case EN -> "the LLM's %s was invalid twice (%s)".formatted(wording.english(), detail);
              case FR ->
                  "%s du LLM était invalide deux fois (%s)".formatted(wording.french(), detail);
            };
        case NO_ANSWER ->
            switch (language) {
              case EN -> "the LLM did not answer (%s)".formatted(detail);
              case FR -> "le LLM n'a pas répondu (%s)".formatted(detail);
            };
      };
    }
  }
}
