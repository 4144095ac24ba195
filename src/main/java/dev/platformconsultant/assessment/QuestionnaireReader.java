package dev.platformconsultant.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads the questionnaire's YAML. A mistake in it is a bug of ours: it fails loudly, naming it. */
final class QuestionnaireReader {
  static final String RESOURCE = "assessment/questionnaire.yaml";
  private static volatile Questionnaire shipped;

  private QuestionnaireReader() {}

  static Questionnaire shipped() {
    Questionnaire q = shipped;
    if (q == null) {
      try (InputStream in =
          QuestionnaireReader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the questionnaire is missing: " + RESOURCE);
        }
        q = read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      shipped = q;
    }
    return q;
  }

  static Questionnaire read(InputStream yaml) throws IOException {
    JsonNode root = new YAMLMapper().readTree(yaml);
    List<Choice> agreement = choices(required(root, "agreement", "questionnaire"), "agreement");
    List<Question> questions = new ArrayList<>();
    for (JsonNode q : required(root, "questions", "questionnaire")) {
      questions.add(question(q, agreement));
    }
    return new Questionnaire(
        text(root, "version", "questionnaire"),
        questions,
        benchmarks(required(root, "benchmarks", "questionnaire")),
        strings(root.path("sources")));
  }

  private static Question question(JsonNode q, List<Choice> agreement) {
    String id = text(q, "id", "question");
    Section section = Section.valueOf(text(q, "section", id).toUpperCase(Locale.ROOT));
    Question.Kind kind =
        Question.Kind.valueOf(q.path("kind").asText("choice").toUpperCase(Locale.ROOT));
    List<Choice> choices =
        switch (kind) {
          case PERCENT -> percentages();
          case CHOICE ->
              section == Section.CAPABILITIES ? agreement : choices(required(q, "choices", id), id);
        };
    return new Question(
        id,
        section,
        kind,
        bilingual(required(q, "name", id), id + ".name"),
        bilingual(required(q, "text", id), id + ".text"),
        choices,
        optionalText(q, "factor"),
        q.has("unit") ? Optional.of(bilingual(q.get("unit"), id + ".unit")) : Optional.empty(),
        strings(q.path("improves")),
        strings(q.path("passages")),
        text(q, "source", id));
  }

  private static List<Choice> choices(JsonNode list, String where) {
    List<Choice> choices = new ArrayList<>();
    for (JsonNode c : list) {
      String id = text(c, "id", where);
      choices.add(
          new Choice(
              id,
              bilingual(required(c, "label", where + "." + id), where + "." + id),
              c.has("detail")
                  ? Optional.of(bilingual(c.get("detail"), where + "." + id + ".detail"))
                  : Optional.empty(),
              required(c, "score", where + "." + id).asDouble(),
              c.has("above")
                  ? OptionalDouble.of(c.get("above").asDouble())
                  : OptionalDouble.empty(),
              c.has("upTo")
                  ? OptionalDouble.of(c.get("upTo").asDouble())
                  : OptionalDouble.empty()));
    }
    return choices;
  }

  /**
   * 0%, 10%… 100%, scored as the Quick Check scores them; a percentage falls in the nearest (45 in
   * 40%, 46 in 50%).
   */
  private static List<Choice> percentages() {
    List<Choice> choices = new ArrayList<>();
    for (int p = 0; p <= 100; p += 10) {
      choices.add(
          new Choice(
              "p" + p,
              new Text(p + "%", p + " %"),
              Optional.empty(),
              10 - p / 10.0,
              p == 0 ? OptionalDouble.of(-0.001) : OptionalDouble.of(p - 5),
              p == 100 ? OptionalDouble.of(100) : OptionalDouble.of(p + 5)));
    }
    return choices;
  }

  private static Benchmarks benchmarks(JsonNode b) {
    Map<String, Benchmarks.Distribution> metrics = new LinkedHashMap<>();
    b.path("metrics")
        .properties()
        .forEach(e -> metrics.put(e.getKey(), distribution(e.getValue())));
    return new Benchmarks(
        required(b, "dataYear", "benchmarks").asInt(),
        text(b, "source", "benchmarks"),
        distribution(required(b, "overall", "benchmarks")),
        metrics,
        groups(b.path("industries")),
        groups(b.path("organisationSizes")),
        b.has("caveat") ? Optional.of(bilingual(b.get("caveat"), "caveat")) : Optional.empty());
  }

  private static List<Benchmarks.Group> groups(JsonNode list) {
    List<Benchmarks.Group> groups = new ArrayList<>();
    for (JsonNode g : list) {
      String id = text(g, "id", "group");
      groups.add(new Benchmarks.Group(id, bilingual(required(g, "name", id), id), distribution(g)));
    }
    return groups;
  }

  private static Benchmarks.Distribution distribution(JsonNode d) {
    return new Benchmarks.Distribution(
        required(d, "mean", "distribution").asDouble(),
        required(d, "sd", "distribution").asDouble());
  }

  private static Text bilingual(JsonNode node, String where) {
    return new Text(text(node, "en", where), text(node, "fr", where));
  }

  private static JsonNode required(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalStateException(
          "%s: %s is missing from %s".formatted(RESOURCE, field, where));
    }
    return value;
  }

  private static String text(JsonNode node, String field, String where) {
    return required(node, field, where).asText();
  }

  private static Optional<String> optionalText(JsonNode node, String field) {
    return Optional.ofNullable(node.get(field)).map(JsonNode::asText);
  }

  private static List<String> strings(JsonNode list) {
    List<String> strings = new ArrayList<>();
    list.forEach(n -> strings.add(n.asText()));
    return strings;
  }
}
