package dev.platformconsultant.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platformconsultant.consultant.Mode;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates a model's review (the JSON object task-review.md asks for). Anything missing
 * or out of range is an {@link InvalidReviewException} naming what, so the caller can ask once more
 * and then report it honestly: a half-read review is never shown.
 */
final class ReviewParser {
  private static final Pattern FENCE =
      Pattern.compile("(?s)^\\s*```(?:json)?\\s*(.*?)\\s*```\\s*$");
  private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,2})]");
  private final ObjectMapper json = new ObjectMapper();

  static final class InvalidReviewException extends Exception {
    InvalidReviewException(String message) {
      super(message);
    }
  }

  Review parse(String text, List<Passage> passages, Language language)
      throws InvalidReviewException {
    String body = text.strip();
    Matcher fence = FENCE.matcher(body);
    if (fence.matches()) {
      body = fence.group(1);
    }
    int start = body.indexOf('{');
    int end = body.lastIndexOf('}');
    if (start < 0 || end <= start) {
      throw new InvalidReviewException("the answer holds no JSON object");
    }
    JsonNode root;
    try {
      root = json.readTree(body.substring(start, end + 1));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidReviewException("the JSON is malformed (" + e.getOriginalMessage() + ")");
    }
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
                      new InvalidReviewException(
                          where + ".severity is not critical, high, medium or low"));
      Area area =
          Area.parse(f.path("area").asText(null))
              .orElseThrow(
                  () -> new InvalidReviewException(where + ".area is not one of the review areas"));
      String title = f.path("title").asText("").strip();
      String recommendation = f.path("recommendation").asText("").strip();
      if (title.isEmpty() || recommendation.isEmpty()) {
        throw new InvalidReviewException(where + " lacks a title or a recommendation");
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

  private static String text(JsonNode root, String key) throws InvalidReviewException {
    JsonNode node = root.get(key);
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      throw new InvalidReviewException("\"" + key + "\" is missing or empty");
    }
    return node.asText().strip();
  }

  private static JsonNode array(JsonNode root, String key) throws InvalidReviewException {
    JsonNode node = root.get(key);
    if (node == null || !node.isArray()) {
      throw new InvalidReviewException("\"" + key + "\" is missing or not a list");
    }
    return node;
  }

  private static List<String> strings(JsonNode root, String key) throws InvalidReviewException {
    List<String> values = new ArrayList<>();
    for (JsonNode n : array(root, key)) {
      if (!n.isTextual()) {
        throw new InvalidReviewException("\"" + key + "\" holds something that is not text");
      }
      if (!n.asText().isBlank()) {
        values.add(n.asText().strip());
      }
    }
    return values;
  }
}
