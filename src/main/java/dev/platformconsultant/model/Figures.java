package dev.platformconsultant.model;

import dev.platformconsultant.model.ModelJson.InvalidAnswerException;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds a model's text to the figures it was given: a deliverable computed from the user's inputs
 * must not gain a number the model made up. A number in the text is accepted when it is one of the
 * figures (an amount rounded to the unit counts) or a small count such as "three scenarios".
 */
public final class Figures {
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d\\s\u00A0\u202F,.]*\\d|\\d");
  private static final int SMALL_COUNT = 12;

  private Figures() {}

  /**
   * @throws InvalidAnswerException naming the first number that is none of {@code figures}, in
   *     words a model understands
   */
  public static void check(String text, Collection<Double> figures, String what)
      throws InvalidAnswerException {
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String written = m.group();
      Optional<Double> value = parse(written);
      if (value.isEmpty()) {
        continue;
      }
      double v = value.get();
      boolean smallCount = v == Math.rint(v) && v <= SMALL_COUNT;
      boolean known =
          figures.stream().anyMatch(x -> Math.abs(x - v) <= Math.max(0.51, Math.abs(x) * 0.0005));
      if (!smallCount && !known) {
        throw new InvalidAnswerException(
            "the figure %s is not in the %s; quote only its figures"
                .formatted(written.strip(), what));
      }
    }
  }

  /** "921,600", "921 600", "6.9", "6,9" in whichever convention the text uses. */
  public static Optional<Double> parse(String written) {
    String t = written.replaceAll("[\\s\u00A0\u202F]", "");
    if (t.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
      t = t.replace(",", "");
    } else if (t.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
      t = t.replace(".", "").replace(',', '.');
    } else {
      t = t.replace(',', '.');
    }
    try {
      return Optional.of(Double.parseDouble(t.replaceAll("\\.$", "")));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
