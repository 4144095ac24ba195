package dev.platformconsultant.model;

/**
 * Tokens spent on an answer: as the provider reported them, or as counted locally when it did not.
 */
public record TokenUsage(int input, int output) {
  public static final TokenUsage NONE = new TokenUsage(0, 0);
}
