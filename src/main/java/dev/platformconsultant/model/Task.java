package dev.platformconsultant.model;

import java.util.Locale;

/**
 * What the consultant is asked to do. Each task has its prompt ({@code prompts/task-<id>.md}); the
 * material of a review or an ADR is fenced as data in the user message, never mixed with
 * instructions.
 */
public enum Task {
  ANSWER,
  REVIEW,
  ADR,
  ASSESSMENT,
  AUDIT,
  ROADMAP,
  BUSINESS_CASE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
