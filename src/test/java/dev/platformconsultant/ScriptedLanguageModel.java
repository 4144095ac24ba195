package dev.platformconsultant;

import dev.platformconsultant.model.AnswerListener;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.LanguageModelException;
import dev.platformconsultant.model.Prompt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A language model stand-in that answers from a script, in order: a string is the answer, a {@link
 * LanguageModelException} is thrown. The last entry answers every later call. Keeps the prompts it
 * was given. Not thread-safe; for tests that call the model directly (WireMock is for tests of the
 * providers).
 */
public final class ScriptedLanguageModel implements LanguageModel {
  private final Deque<Object> script = new ArrayDeque<>();
  private final List<Prompt> asked = new ArrayList<>();

  public ScriptedLanguageModel(Object... answers) {
    if (answers.length == 0) {
      throw new IllegalArgumentException("a script needs at least one answer");
    }
    for (Object a : answers) {
      if (!(a instanceof String) && !(a instanceof LanguageModelException)) {
        throw new IllegalArgumentException("not an answer or a LanguageModelException: " + a);
      }
      script.add(a);
    }
  }

  @Override
  public Completion complete(Prompt prompt) throws LanguageModelException {
    asked.add(prompt);
    Object next = script.size() > 1 ? script.removeFirst() : script.getFirst();
    if (next instanceof LanguageModelException e) {
      throw e;
    }
    return new Completion((String) next, -1, -1);
  }

  @Override
  public Completion stream(Prompt prompt, AnswerListener listener) throws LanguageModelException {
    Completion completion = complete(prompt);
    listener.onPartial(completion.text());
    return completion;
  }

  @Override
  public String label() {
    return "scripted/test";
  }

  /** The prompts received, in order. */
  public List<Prompt> asked() {
    return List.copyOf(asked);
  }
}
