package dev.platformconsultant.model;

import java.util.List;
import java.util.Objects;

/**
 * What the consultant is asked: the text, and the conversation so far (oldest first, without this
 * question). Adapters build it; the core never sees where it came from.
 */
public record Question(String text, List<Turn> history) {
  public Question {
    Objects.requireNonNull(text, "text");
    history = List.copyOf(history);
  }

  public static Question of(String text) {
    return new Question(text, List.of());
  }
}
