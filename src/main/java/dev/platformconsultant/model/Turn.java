package dev.platformconsultant.model;

import java.util.Objects;

/** One earlier message of a conversation: who said it and what. */
public record Turn(Role role, String text) {
  public enum Role {
    USER,
    ASSISTANT
  }

  public Turn {
    Objects.requireNonNull(role, "role");
    text = text == null ? "" : text;
  }

  public static Turn user(String text) {
    return new Turn(Role.USER, text);
  }

  public static Turn assistant(String text) {
    return new Turn(Role.ASSISTANT, text);
  }
}
