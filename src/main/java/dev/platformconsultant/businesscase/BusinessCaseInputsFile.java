package dev.platformconsultant.businesscase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.platformconsultant.businesscase.BusinessCaseInputs.Field;
import dev.platformconsultant.text.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the inputs file of {@code business-case --inputs} (YAML; a commented example ships in
 * {@code src/main/resources/businesscase/example-inputs.yaml}). Every mistake is one {@link
 * InvalidInputsException} naming the field and what it accepts: a missing or negative cost, a rate
 * or horizon out of range, an unknown key, malformed YAML. Stateless and thread-safe.
 */
public final class BusinessCaseInputsFile {
  private static final List<String> TEXT_FIELDS =
      List.of("organisation", "language", "currency", "sources");

  /** The inputs in {@code yaml}. */
  public BusinessCaseInputs read(String yaml) throws InvalidInputsException {
    JsonNode root = parse(yaml);
    checkKeys(root, "");
    String organisation = text(root, "organisation");
    String problem = BusinessCaseInputs.organisationProblem(organisation);
    if (problem != null) {
      throw new InvalidInputsException("organisation", problem);
    }
    Language language = language(root.path("language"));
    String currency = currency(root.path("currency"));
    Map<Field, Double> values = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      JsonNode node = at(root, f.key());
      if (node == null || node.isNull()) {
        if (f.defaultValue() == null) {
          throw new InvalidInputsException(f.key(), "missing; it accepts " + f.accepts(currency));
        }
        continue;
      }
      if (!node.isNumber()) {
        throw new InvalidInputsException(
            f.key(),
            (node.isValueNode() ? "'%s' is not a number".formatted(node.asText()) : "not a number")
                + "; it accepts "
                + f.accepts(currency));
      }
      double value = node.asDouble();
      String wrong = f.problem(value, currency);
      if (wrong != null) {
        throw new InvalidInputsException(f.key(), wrong);
      }
      values.put(f, value);
    }
    double conservative = valueOr(values, Field.CONSERVATIVE);
    double expected = valueOr(values, Field.EXPECTED);
    double optimistic = valueOr(values, Field.OPTIMISTIC);
    problem = BusinessCaseInputs.orderProblem(conservative, expected, optimistic);
    if (problem != null) {
      throw new InvalidInputsException("scenarios", problem);
    }
    Map<Field, String> sources = sources(root.path("sources"));
    return BusinessCaseInputs.of(organisation.strip(), language, currency, values, sources);
  }

  /**
   * A problem with an inputs file or a typed answer: the message is one line naming the field and
   * what it accepts ("discount_rate: 0.8 is outside 0–0.5; it accepts an annual rate from 0 to 0.5
   * (0.08 for 8%)").
   */
  public static final class InvalidInputsException extends Exception {
    private final String field;

    public InvalidInputsException(String field, String problem) {
      super(field.isEmpty() ? problem : field + ": " + problem);
      this.field = field;
    }

    /** The field at fault ({@code costs.tooling_per_year}), empty for the file as a whole. */
    public String field() {
      return field;
    }
  }

  /** {@code language} as the file or the command line spells it. */
  public static Language language(String code) throws InvalidInputsException {
    return switch (code.strip().toLowerCase(Locale.ROOT)) {
      case "en" -> Language.EN;
      case "fr" -> Language.FR;
      default ->
          throw new InvalidInputsException(
              "language", "'%s' is not a language; it accepts en or fr".formatted(code));
    };
  }

  /**
   * A value typed in the terminal for {@code f}: "10000", "10 000", "2,5" in French, "10,000" in
   * English, "8%" for a rate; checked against the field's range.
   */
  public static double typed(Field f, String typed, String currency, Language l)
      throws InvalidInputsException {
    String t = typed.strip().replaceAll("[\\s\u00A0\u202F_]", "");
    boolean percent = f == Field.DISCOUNT_RATE && t.endsWith("%");
    if (percent) {
      t = t.substring(0, t.length() - 1);
    }
    // A comma is the decimal mark in French and groups thousands in English.
    t = l == Language.FR ? t.replace(',', '.') : t.replace(",", "");
    double value;
    try {
      if (!t.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)")) {
        throw new NumberFormatException(t);
      }
      value = Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new InvalidInputsException(
          f.key(),
          "'%s' is not a number; it accepts %s".formatted(typed.strip(), f.accepts(currency)));
    }
    if (percent) {
      value = value / 100;
    }
    String problem = f.problem(value, currency);
    if (problem != null) {
      throw new InvalidInputsException(f.key(), problem);
    }
    return value;
  }

  private static double valueOr(Map<Field, Double> values, Field f) {
    Double v = values.get(f);
    return v != null ? v : f.defaultValue();
  }

  private static JsonNode parse(String yaml) throws InvalidInputsException {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(yaml);
    } catch (JsonProcessingException e) {
      var where = e.getLocation();
      throw new InvalidInputsException(
          "",
          "not valid YAML%s: %s"
              .formatted(
                  where == null ? "" : " (line %d)".formatted(where.getLineNr()),
                  e.getOriginalMessage().lines().findFirst().orElse("")));
    }
    if (root == null || !root.isObject()) {
      throw new InvalidInputsException(
          "", "expected a YAML map of fields (see the example inputs file)");
    }
    return root;
  }

  /** Rejects a key no field has, naming what its map accepts. */
  private static void checkKeys(JsonNode node, String prefix) throws InvalidInputsException {
    for (var entry : node.properties()) {
      String path = prefix + entry.getKey();
      if (prefix.isEmpty() && TEXT_FIELDS.contains(path)) {
        continue;
      }
      if (Field.byKey(path) != null) {
        continue;
      }
      boolean group = false;
      for (Field f : Field.values()) {
        group |= f.key().startsWith(path + ".");
      }
      if (!group) {
        throw new InvalidInputsException(
            path,
            "unknown field; %s accepts %s"
                .formatted(
                    prefix.isEmpty() ? "the file" : prefix.substring(0, prefix.length() - 1),
                    String.join(", ", children(prefix))));
      }
      if (!entry.getValue().isObject()) {
        throw new InvalidInputsException(
            path, "expected a map; it accepts " + String.join(", ", children(path + ".")));
      }
      checkKeys(entry.getValue(), path + ".");
    }
  }

  /** The keys a map at {@code prefix} accepts, sorted. */
  private static List<String> children(String prefix) {
    TreeSet<String> names = new TreeSet<>();
    if (prefix.isEmpty()) {
      names.addAll(TEXT_FIELDS);
    }
    for (Field f : Field.values()) {
      if (f.key().startsWith(prefix)) {
        names.add(f.key().substring(prefix.length()).split("\\.")[0]);
      }
    }
    return new ArrayList<>(names);
  }

  private static JsonNode at(JsonNode root, String path) {
    JsonNode node = root;
    for (String part : path.split("\\.")) {
      node = node.get(part);
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  private static String text(JsonNode root, String field) throws InvalidInputsException {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isValueNode()) {
      throw new InvalidInputsException(field, "expected one value, not a list or a map");
    }
    return node.asText();
  }

  private static Language language(JsonNode value) throws InvalidInputsException {
    if (value.isMissingNode() || value.isNull()) {
      return Language.EN;
    }
    return language(value.asText());
  }

  private static String currency(JsonNode value) throws InvalidInputsException {
    if (value.isMissingNode() || value.isNull()) {
      return "EUR";
    }
    String code = value.asText().strip().toUpperCase(Locale.ROOT);
    String problem = BusinessCaseInputs.currencyProblem(code);
    if (problem != null) {
      throw new InvalidInputsException(
          "currency", problem.replace("'" + code + "'", "'" + value.asText() + "'"));
    }
    return code;
  }

  private static Map<Field, String> sources(JsonNode node) throws InvalidInputsException {
    Map<Field, String> sources = new EnumMap<>(Field.class);
    if (node.isMissingNode() || node.isNull()) {
      return sources;
    }
    if (!node.isObject()) {
      throw new InvalidInputsException(
          "sources", "expected a map of field to where its value comes from");
    }
    for (var entry : node.properties()) {
      String path = "sources." + entry.getKey();
      Field f = Field.byKey(entry.getKey());
      if (f == null) {
        throw new InvalidInputsException(
            path,
            "unknown field; sources accepts the inputs' paths: "
                + String.join(
                    ", ", java.util.Arrays.stream(Field.values()).map(Field::key).toList()));
      }
      JsonNode text = entry.getValue();
      if (!text.isValueNode() || text.isNull() || text.asText().isBlank()) {
        throw new InvalidInputsException(
            path, "expected a text saying where the value comes from (a survey, a report)");
      }
      if (text.asText().strip().length() > BusinessCaseInputs.MAX_SOURCE) {
        throw new InvalidInputsException(
            path, "longer than " + BusinessCaseInputs.MAX_SOURCE + " characters; shorten it");
      }
      sources.put(f, text.asText().strip().replaceAll("\\s+", " "));
    }
    return sources;
  }
}
