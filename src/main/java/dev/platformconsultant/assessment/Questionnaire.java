package dev.platformconsultant.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The assessment's questions, in the order they are asked, and the distribution DORA scores are
 * compared with. Data, not code: it is read from {@code assessment/questionnaire.yaml} by {@link
 * QuestionnaireReader}, so a new year's Quick Check is an edit of one file.
 *
 * @param version changes when questions, choices or scores change; records carry it
 * @param sources the primary sources of the questions, choices and numbers
 */
public record Questionnaire(
    String version, List<Question> questions, Benchmarks benchmarks, List<String> sources) {
  public Questionnaire {
    Objects.requireNonNull(version, "version");
    questions = List.copyOf(questions);
    sources = List.copyOf(sources);
    long distinct = questions.stream().map(Question::id).distinct().count();
    if (distinct != questions.size()) {
      throw new IllegalArgumentException("two questions share an id");
    }
  }

  public Optional<Question> question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  public List<Question> in(Section section) {
    return questions.stream().filter(q -> q.section() == section).toList();
  }

  /** The questionnaire shipped with the application. */
  public static Questionnaire shipped() {
    return QuestionnaireReader.shipped();
  }
}
