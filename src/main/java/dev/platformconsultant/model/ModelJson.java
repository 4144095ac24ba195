package dev.platformconsultant.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the JSON object a model was asked for (a review, an ADR draft), tolerating a Markdown fence
 * or a sentence around it, and says precisely what is missing so the model can be asked once more.
 * The one place that knows how models wrap JSON. Thread-safe.
 */
public final class ModelJson {
  private static final Pattern FENCE =
      Pattern.compile("(?s)^\\s*```(?:json)?\\s*(.*?)\\s*```\\s*$");
  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelJson() {}

  /**
   * A model answer that cannot be used, with the reason in words a model (and a user) understands.
   */
  public static final class InvalidAnswerException extends Exception {
    public InvalidAnswerException(String message) {
      super(message);
    }
  }

  public static JsonNode object(String text) throws InvalidAnswerException {
    String body = text == null ? "" : text.strip();
    Matcher fence = FENCE.matcher(body);
    if (fence.matches()) {
      body = fence.group(1);
    }
    int start = body.indexOf('{');
    int end = body.lastIndexOf('}');
    if (start < 0 || end <= start) {
      throw new InvalidAnswerException("the answer holds no JSON object");
    }
    try {
      return JSON.readTree(body.substring(start, end + 1));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidAnswerException("the JSON is malformed (" + e.getOriginalMessage() + ")");
    }
  }

  /** A non-empty string value. */
  public static String text(JsonNode root, String key) throws InvalidAnswerException {
    JsonNode node = root.get(key);
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      throw new InvalidAnswerException("\"" + key + "\" is missing or empty");
    }
    return node.asText().strip();
  }

  public static JsonNode array(JsonNode root, String key) throws InvalidAnswerException {
    JsonNode node = root.get(key);
    if (node == null || !node.isArray()) {
      throw new InvalidAnswerException("\"" + key + "\" is missing or not a list");
    }
    return node;
  }

  /** A list of strings (blank ones dropped). */
  public static List<String> strings(JsonNode root, String key) throws InvalidAnswerException {
    List<String> values = new ArrayList<>();
    for (JsonNode n : array(root, key)) {
      if (!n.isTextual()) {
        throw new InvalidAnswerException("\"" + key + "\" holds something that is not text");
      }
      if (!n.asText().isBlank()) {
        values.add(n.asText().strip());
      }
    }
    return values;
  }
}
