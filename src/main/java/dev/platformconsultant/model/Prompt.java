package dev.platformconsultant.model;

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

  /**
   * The same prompt, asking again after an unusable answer: the previous answer and the reason
   * become the conversation's last turns.
   */
  public Prompt retry(String previousAnswer, String problem) {
    java.util.List<Turn> turns = new java.util.ArrayList<>(history);
    turns.add(Turn.user(user));
    turns.add(
        Turn.assistant(
            previousAnswer.length() > 4000 ? previousAnswer.substring(0, 4000) : previousAnswer));
    String again =
        "Your answer could not be used: "
            + problem
            + ". Answer again with only the JSON object, every key present.";
    return new Prompt(
        system,
        turns,
        again,
        passages,
        language,
        inputTokens,
        trimmedPassages,
        trimmedTurns,
        questionTruncated);
  }
}
