package dev.platformconsultant.model;

import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.model.ModelJson.InvalidAnswerException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The [n] citations of a model's structured answer: checked against the passages the prompt gave,
 * and renumbered in the order they are first cited, so that a deliverable's notes read [1], [2]…
 * whatever numbers the prompt used.
 */
public final class Citations {
  private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,2})]");

  private Citations() {}

  /**
   * {@code text} with each [n] renumbered; each passage cited is added to {@code cited} (in order,
   * once).
   *
   * @throws InvalidAnswerException when an [n] names no passage the prompt gave: the model is told
   */
  public static String renumber(String text, List<Passage> passages, List<String> cited)
      throws InvalidAnswerException {
    Matcher m = CITATION.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (n < 1 || n > passages.size()) {
        throw new InvalidAnswerException(
            "[%d] cites no passage; there are %d".formatted(n, passages.size()));
      }
      String id = passages.get(n - 1).id();
      if (!cited.contains(id)) {
        cited.add(id);
      }
      m.appendReplacement(out, "[" + (cited.indexOf(id) + 1) + "]");
    }
    m.appendTail(out);
    return out.toString();
  }
}
