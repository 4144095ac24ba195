package dev.platformconsultant.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.platformconsultant.text.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the answers file of {@code assess --answers} and the measured values of {@code --metrics}
 * (YAML; the schema is in the README, an example ships in {@code examples/}). Every mistake is one
 * {@link InvalidAnswersException} naming the field and what it accepts.
 */
public final class AnswersFile {
  private static final Set<String> TOP_LEVEL =
      Set.of("team", "language", "industry", "organisation_size", "answers");

  private final Questionnaire questionnaire;

  public AnswersFile(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
  }

  /**
   * The answers in {@code yaml}.
   *
   * @param team used when the file names none (a command-line option's value), else empty
   */
  public Answers read(String yaml, Optional<String> team) throws InvalidAnswersException {
    JsonNode root = parse(yaml);
    for (var field : (Iterable<String>) root::fieldNames) {
      if (!TOP_LEVEL.contains(field)) {
        throw new InvalidAnswersException(
            field,
            "unknown field; the file accepts "
                + String.join(", ", TOP_LEVEL.stream().sorted().toList()));
      }
    }
    String name = team.orElseGet(() -> root.path("team").asText(""));
    String problem = Teams.problem(name);
    if (problem != null) {
      throw new InvalidAnswersException(
          "team", problem + "; give the team's name (up to 60 characters)");
    }
    Language language = language(root.path("language"));
    Optional<String> industry = group(root, "industry", questionnaire.benchmarks().industries());
    Optional<String> size =
        group(root, "organisation_size", questionnaire.benchmarks().organisationSizes());
    JsonNode answers = root.path("answers");
    if (!answers.isObject()) {
      throw new InvalidAnswersException(
          "answers", "missing; a map of question id to choice (see the README's schema)");
    }
    Map<String, Answer> byQuestion = new LinkedHashMap<>();
    for (var entry : answers.properties()) {
      String field = "answers." + entry.getKey();
      Question q =
          questionnaire
              .question(entry.getKey())
              .orElseThrow(
                  () ->
                      new InvalidAnswersException(
                          field, "unknown question; the questions are " + ids()));
      byQuestion.put(q.id(), answer(q, entry.getValue(), field));
    }
    Answers read = new Answers(name.strip(), byQuestion, industry, size, language);
    List<Question> missing = read.missing(questionnaire);
    if (!missing.isEmpty()) {
      Question first = missing.getFirst();
      throw new InvalidAnswersException(
          "answers." + first.id(),
          "missing (every DORA metric and CNCF aspect must be answered); it accepts "
              + first.accepts());
    }
    return read;
  }

  /**
   * {@code answers} with the values measured in {@code yaml} ({@code change_lead_time: 30}, in the
   * question's unit) in place of what the team reported; the record marks them measured.
   */
  public Answers withMeasured(Answers answers, String yaml) throws InvalidAnswersException {
    JsonNode root = parse(yaml);
    Answers measured = answers;
    for (var entry : root.properties()) {
      String field = "metrics." + entry.getKey();
      Question q =
          questionnaire
              .question(entry.getKey())
              .filter(Question::measurable)
              .orElseThrow(
                  () ->
                      new InvalidAnswersException(
                          field, "not a measurable metric; the file accepts " + measurableIds()));
      JsonNode value = entry.getValue();
      if (!value.isNumber()) {
        throw new InvalidAnswersException(
            field,
            "'%s' is not a number; it accepts a number of %s"
                .formatted(value.asText(), q.unit().orElseThrow().en()));
      }
      if (value.asDouble() < 0) {
        throw new InvalidAnswersException(
            field,
            "%s is negative; it accepts a number of %s from 0"
                .formatted(value.asText(), q.unit().orElseThrow().en()));
      }
      double v = value.asDouble();
      if (q.numberForValue(v).isEmpty()) {
        throw new InvalidAnswersException(
            field,
            "%s is outside the question's range; it accepts %s"
                .formatted(AssessmentReport.number(v), q.accepts()));
      }
      measured = measured.with(Answer.value(q, v, true));
    }
    return measured;
  }

  private static JsonNode parse(String yaml) throws InvalidAnswersException {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(yaml);
    } catch (JsonProcessingException e) {
      var where = e.getLocation();
      throw new InvalidAnswersException(
          "",
          "not valid YAML%s: %s"
              .formatted(
                  where == null ? "" : " (line %d)".formatted(where.getLineNr()),
                  e.getOriginalMessage().lines().findFirst().orElse("")));
    }
    if (root == null || !root.isObject()) {
      throw new InvalidAnswersException(
          "", "expected a YAML map of fields (see the README's schema)");
    }
    return root;
  }

  private static Answer answer(Question q, JsonNode value, String field)
      throws InvalidAnswersException {
    if (!value.isValueNode()) {
      throw new InvalidAnswersException(field, "expected one value; it accepts " + q.accepts());
    }
    return TypedAnswers.parse(q, value.asText(), field);
  }

  private static Language language(JsonNode value) throws InvalidAnswersException {
    if (value.isMissingNode() || value.isNull()) {
      return Language.EN;
    }
    return switch (value.asText()) {
      case "en" -> Language.EN;
      case "fr" -> Language.FR;
      default ->
          throw new InvalidAnswersException(
              "language", "'%s' is not a language; it accepts en or fr".formatted(value.asText()));
    };
  }

  private static Optional<String> group(JsonNode root, String field, List<Benchmarks.Group> groups)
      throws InvalidAnswersException {
    JsonNode value = root.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    String id = value.asText();
    if (groups.stream().noneMatch(g -> g.id().equals(id))) {
      throw new InvalidAnswersException(
          field,
          "'%s' is not one of DORA's published groups; it accepts %s"
              .formatted(
                  id, String.join(", ", groups.stream().map(Benchmarks.Group::id).toList())));
    }
    return Optional.of(id);
  }

  private String ids() {
    return String.join(", ", questionnaire.questions().stream().map(Question::id).toList());
  }

  private String measurableIds() {
    return String.join(
        ", ",
        questionnaire.questions().stream()
            .filter(Question::measurable)
            .map(q -> q.id() + " (" + q.unit().orElseThrow().en() + ")")
            .toList());
  }
}
