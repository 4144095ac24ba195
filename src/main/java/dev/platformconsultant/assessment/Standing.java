package dev.platformconsultant.assessment;

import dev.platformconsultant.text.Language;

/**
 * Where a score stands against a published mean, in words. DORA publishes a mean and a standard
 * deviation for this data, not clusters, so a standing is said in standard deviations from the mean
 * and never as "elite" or "low performer".
 */
public enum Standing {
  WELL_BELOW("well below the mean", "nettement sous la moyenne"),
  BELOW("below the mean", "sous la moyenne"),
  AROUND("around the mean", "dans la moyenne"),
  ABOVE("above the mean", "au-dessus de la moyenne"),
  WELL_ABOVE("well above the mean", "nettement au-dessus de la moyenne");

  private final Text words;

  Standing(String en, String fr) {
    this.words = new Text(en, fr);
  }

  /** Within a quarter of a standard deviation is "around"; beyond one is "well" above or below. */
  public static Standing of(double deviations) {
    if (deviations <= -1) {
      return WELL_BELOW;
    }
    if (deviations < -0.25) {
      return BELOW;
    }
    if (deviations <= 0.25) {
      return AROUND;
    }
    return deviations < 1 ? ABOVE : WELL_ABOVE;
  }

  public String in(Language language) {
    return words.in(language);
  }
}
