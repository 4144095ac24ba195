package dev.platformconsultant.review;

import static dev.platformconsultant.model.ModelJson.array;
import static dev.platformconsultant.model.ModelJson.strings;
import static dev.platformconsultant.model.ModelJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.model.Mode;
import dev.platformconsultant.model.ModelJson;
import dev.platformconsultant.model.ModelJson.InvalidAnswerException;
import dev.platformconsultant.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates a model's review (the JSON object task-review.md asks for). Anything missing
 * or out of range is an {@link InvalidAnswerException} naming what, so the caller can ask once more
 * and then report it honestly: a half-read review is never shown.
 */
final class ReviewParser {
  private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,2})]");

  Review parse(String answer, List<Passage> passages, Language language)
      throws InvalidAnswerException {
    JsonNode root = ModelJson.object(answer);
    String summary = text(root, "summary");
    List<Finding> findings = new ArrayList<>();
    JsonNode list = array(root, "findings");
    for (int i = 0; i < list.size(); i++) {
      JsonNode f = list.get(i);
      String where = "findings[" + i + "]";
      Severity severity =
          Severity.parse(f.path("severity").asText(null))
              .orElseThrow(
                  () ->
                      new InvalidAnswerException(
                          where + ".severity is not critical, high, medium or low"));
      Area area =
          Area.parse(f.path("area").asText(null))
              .orElseThrow(
                  () -> new InvalidAnswerException(where + ".area is not one of the review areas"));
      String title = f.path("title").asText("").strip();
      String recommendation = f.path("recommendation").asText("").strip();
      if (title.isEmpty() || recommendation.isEmpty()) {
        throw new InvalidAnswerException(where + " lacks a title or a recommendation");
      }
      findings.add(
          new Finding(
              severity,
              area,
              title,
              f.path("evidence").asText("").strip(),
              recommendation,
              source(f.path("source").asText(""), passages)));
    }
    return new Review(
        summary,
        strings(root, "strengths"),
        findings,
        strings(root, "questions"),
        strings(root, "quick_wins"),
        strings(root, "longer_term"),
        List.of(),
        Mode.LLM,
        language,
        Optional.empty());
  }

  /**
   * "[3]" becomes the third passage's id; an id the prompt held is kept; anything else is dropped.
   */
  private static String source(String raw, List<Passage> passages) {
    Matcher m = CITATION.matcher(raw);
    if (m.find()) {
      int n = Integer.parseInt(m.group(1));
      return n >= 1 && n <= passages.size() ? passages.get(n - 1).id() : "";
    }
    String id = raw.strip();
    return passages.stream().anyMatch(p -> p.id().equals(id)) ? id : "";
  }
}
