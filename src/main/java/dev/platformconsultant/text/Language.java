package dev.platformconsultant.text;

import java.util.Locale;

/** The languages the consultant answers in. Anything that is not French is answered in English. */
public enum Language {
  EN("English"),
  FR("French");

  private final String englishName;

  Language(String englishName) {
    this.englishName = englishName;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String englishName() {
    return englishName;
  }
}
