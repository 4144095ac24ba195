package dev.platformconsultant.assessment;

import dev.platformconsultant.text.Language;
import java.util.Objects;

/** A text of the questionnaire in each language the consultant answers in. */
public record Text(String en, String fr) {
  public Text {
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(fr, "fr");
  }

  public String in(Language language) {
    return language == Language.FR ? fr : en;
  }
}
