package dev.platformconsultant.consultant;

import dev.platformconsultant.model.Mode;
import dev.platformconsultant.model.TokenUsage;
import dev.platformconsultant.text.Language;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The consultant's reply.
 *
 * @param markdown the answer, citing sources as {@code [n]}
 * @param sources the passages the answer cites, by number
 * @param language the language of the question, which the answer is written in
 * @param warning something the user should know about this answer (a fall-back, a truncated input)
 * @param degraded an LLM is configured but did not deliver a complete answer (fall-back or cut
 *     stream)
 */
public record Answer(
    String markdown,
    List<SourceRef> sources,
    Mode mode,
    Language language,
    TokenUsage tokens,
    Duration elapsed,
    Optional<String> warning,
    boolean degraded) {

  public Answer {
    sources = List.copyOf(sources);
  }
}
