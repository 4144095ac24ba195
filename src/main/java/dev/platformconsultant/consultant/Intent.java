package dev.platformconsultant.consultant;

/**
 * What a question asks for, which decides the sections an offline answer is built from: what to do
 * (the cure, the steps, the way out), what something is (the overview, the definitions), or how to
 * measure it (the metrics and targets).
 */
public enum Intent {
  DO,
  WHAT,
  MEASURE
}
