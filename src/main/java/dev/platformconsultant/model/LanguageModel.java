package dev.platformconsultant.model;

/**
 * A chat model the consultant can ask. Implementations (in {@code llm}) map every provider failure
 * to {@link LanguageModelException}; they are thread-safe.
 */
public interface LanguageModel {

  /** The model's reply to {@code prompt}, in one piece. */
  Completion complete(Prompt prompt) throws LanguageModelException;

  /** The model's reply, handing each piece of text to {@code listener} as it arrives. */
  Completion stream(Prompt prompt, AnswerListener listener) throws LanguageModelException;

  /** Provider and model, e.g. {@code openai/gpt-4.1-mini}. */
  String label();

  /** A model's reply with the tokens it reported ({@code -1} when it reported none). */
  record Completion(String text, int inputTokens, int outputTokens) {}
}
