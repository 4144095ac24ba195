package dev.platformconsultant.assessment;

import dev.platformconsultant.text.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a team answered, before scoring: from the terminal, an answers file or a Slack form.
 *
 * @param team the team's name as typed; its folder in the history is {@link Teams#slug}
 * @param industry to compare with DORA's published distribution for that industry, if given
 * @param organisationSize likewise, by organisation size
 * @param language the language of the report
 */
public record Answers(
    String team,
    Map<String, Answer> byQuestion,
    Optional<String> industry,
    Optional<String> organisationSize,
    Language language) {
  public Answers {
    Objects.requireNonNull(team, "team");
    byQuestion = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byQuestion));
    Objects.requireNonNull(industry, "industry");
    Objects.requireNonNull(organisationSize, "organisationSize");
    Objects.requireNonNull(language, "language");
  }

  public Optional<Answer> to(String questionId) {
    return Optional.ofNullable(byQuestion.get(questionId));
  }

  /**
   * The questions of {@code questionnaire} that must be answered and are not: every DORA metric and
   * CNCF aspect (capabilities are optional).
   */
  public List<Question> missing(Questionnaire questionnaire) {
    return questionnaire.questions().stream()
        .filter(q -> q.section() != Section.CAPABILITIES)
        .filter(q -> !byQuestion.containsKey(q.id()))
        .toList();
  }

  /** These answers with one more (or a replaced one). */
  public Answers with(Answer answer) {
    Map<String, Answer> more = new LinkedHashMap<>(byQuestion);
    more.put(answer.questionId(), answer);
    return new Answers(team, more, industry, organisationSize, language);
  }
}
