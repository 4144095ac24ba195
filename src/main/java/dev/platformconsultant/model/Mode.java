package dev.platformconsultant.model;

import java.util.Locale;

/**
 * How an answer was produced: by the LLM, or by the offline engine from knowledge-base excerpts.
 */
public enum Mode {
  LLM,
  OFFLINE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
