package dev.platformconsultant.model;

/**
 * Receives an answer's text as it is produced, so an adapter can show it live. Called from the
 * thread that produces the answer, in order; implementations must be quick and must not throw.
 */
@FunctionalInterface
public interface AnswerListener {
  AnswerListener IGNORE = delta -> {};

  void onPartial(String delta);
}
