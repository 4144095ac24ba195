package dev.platformconsultant.consultant;

import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.text.Language;
import java.util.List;

/**
 * A prompt ready for a language model, already within the token budget.
 *
 * @param passages the passages in the system prompt; passage {@code i} is cited as {@code [i+1]}
 * @param inputTokens the prompt's size as counted locally
 * @param trimmedPassages retrieved passages left out to stay in budget
 * @param trimmedTurns earlier turns left out to stay in budget
 * @param questionTruncated whether the question itself had to be cut
 */
public record Prompt(
    String system,
    List<Turn> history,
    String user,
    List<Passage> passages,
    Language language,
    int inputTokens,
    int trimmedPassages,
    int trimmedTurns,
    boolean questionTruncated) {

  public Prompt {
    history = List.copyOf(history);
    passages = List.copyOf(passages);
  }
}
