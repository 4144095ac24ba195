package dev.platformconsultant.assessment;

import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.text.Language;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns answers into a scored assessment: DORA scores as the Quick Check computes them and their
 * place in the published distribution, CNCF levels, the strongest and weakest areas, and for each
 * weak area the next step with the knowledge base's passages on it. Deterministic: the same answers
 * give the same record (but for the id and time). Thread-safe.
 */
public final class AssessmentScorer {
  /** How many areas of each framework the report names as strongest, and as weakest. */
  static final int PER_FRAMEWORK = 2;

  /** Within this many standard deviations of the mean a metric is neither strong nor weak. */
  static final double STANDING_MARGIN = 0.25;

  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final Questionnaire questionnaire;
  private final KnowledgeBase knowledge;

  public AssessmentScorer(Questionnaire questionnaire, KnowledgeBase knowledge) {
    this.questionnaire = questionnaire;
    this.knowledge = knowledge;
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /**
   * @param previous the team's latest assessment before this one, for the changes
   * @throws IllegalArgumentException when a DORA metric or CNCF aspect is not answered, or an
   *     answer names no choice of its question
   */
  public Assessment score(Answers answers, Optional<Assessment> previous, Instant now) {
    List<Question> missing = answers.missing(questionnaire);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "not answered: " + String.join(", ", missing.stream().map(Question::id).toList()));
    }
    List<Assessment.Result> results = new ArrayList<>();
    for (Question q : questionnaire.questions()) {
      answers.to(q.id()).ifPresent(a -> results.add(result(q, a)));
    }
    String slug = Teams.slug(answers.team());
    Assessment.DoraScores dora = dora(results, answers);
    List<Assessment.Area> weakest = weakest(results, dora);
    List<Assessment.Area> strongest = strongest(results, dora, weakest);
    return new Assessment(
        id(slug, now),
        answers.team().strip(),
        slug,
        now.toString(),
        answers.language().code(),
        questionnaire.version(),
        results,
        dora,
        strongest,
        weakest,
        priorities(weakest, results, answers.language()),
        previous.map(Assessment::id).orElse(null),
        previous.map(p -> changes(p, results)).orElse(List.of()),
        null);
  }

  private Assessment.Result result(Question q, Answer a) {
    if (a.choice() > q.choices().size()) {
      throw new IllegalArgumentException(
          "%s: %d is not a choice; it accepts %s".formatted(q.id(), a.choice(), q.accepts()));
    }
    Choice c = q.choice(a.choice());
    return new Assessment.Result(
        q.id(),
        q.section().id(),
        a.choice(),
        c.id(),
        round(q.score(a)),
        a.value().isPresent() ? a.value().getAsDouble() : null,
        a.value().isPresent() ? q.unit().map(Text::en).orElse(null) : null,
        a.measured());
  }

  private Assessment.DoraScores dora(List<Assessment.Result> results, Answers answers) {
    Map<String, Double> scores = new LinkedHashMap<>();
    double throughput = 0;
    double stability = 0;
    int t = 0;
    int i = 0;
    for (Question q : questionnaire.in(Section.DORA)) {
      double score =
          results.stream()
              .filter(r -> r.question().equals(q.id()))
              .findFirst()
              .orElseThrow()
              .score();
      scores.put(q.id(), score);
      if (q.factor().orElse("").equals("throughput")) {
        throughput += score;
        t++;
      } else {
        stability += score;
        i++;
      }
    }
    double overall = scores.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    Benchmarks b = questionnaire.benchmarks();
    Map<String, Assessment.Position> metrics = new LinkedHashMap<>();
    scores.forEach(
        (id, score) -> {
          Benchmarks.Distribution d = b.metrics().get(id);
          if (d != null) {
            metrics.put(id, position("all", score, d));
          }
        });
    return new Assessment.DoraScores(
        round(t == 0 ? 0 : throughput / t),
        round(i == 0 ? 0 : stability / i),
        round(overall),
        new Assessment.Comparison(
            b.dataYear(),
            b.source(),
            position("all", overall, b.overall()),
            metrics,
            answers
                .industry()
                .flatMap(b::industry)
                .map(g -> position(g.id(), overall, g.distribution()))
                .orElse(null),
            answers
                .organisationSize()
                .flatMap(b::organisationSize)
                .map(g -> position(g.id(), overall, g.distribution()))
                .orElse(null)));
  }

  private static Assessment.Position position(
      String group, double score, Benchmarks.Distribution d) {
    return new Assessment.Position(
        group, round(score), d.mean(), d.standardDeviation(), round(d.deviations(score)));
  }

  /**
   * The weakest areas, weakest first: up to {@value #PER_FRAMEWORK} DORA metrics below the
   * published mean (furthest below first) and up to {@value #PER_FRAMEWORK} CNCF aspects at the
   * team's lowest level below the top, so that delivery and platform both get their next step.
   * Scales differ (0-10 against a distribution, levels 1-4), so each framework is ranked on its own
   * and the two are interleaved, weakest on a common 0-1 scale first.
   */
  private List<Assessment.Area> weakest(
      List<Assessment.Result> results, Assessment.DoraScores dora) {
    List<Assessment.Area> metrics =
        doraAreas(results).stream()
            .filter(a -> deviations(a, dora) < -STANDING_MARGIN)
            .sorted(Comparator.comparingDouble(a -> deviations(a, dora)))
            .limit(PER_FRAMEWORK)
            .toList();
    List<Assessment.Area> aspects = cncfAreas(results);
    double lowest = aspects.stream().mapToDouble(Assessment.Area::strength).min().orElse(1);
    List<Assessment.Area> lowAspects =
        aspects.stream()
            .filter(a -> a.strength() == lowest && a.strength() < 1)
            .limit(PER_FRAMEWORK)
            .toList();
    return interleave(metrics, lowAspects, Comparator.comparingDouble(Assessment.Area::strength));
  }

  /**
   * The strongest areas, strongest first: DORA metrics above the published mean, and the CNCF
   * aspects at the team's highest level when it is above its lowest (so that "strongest" means
   * something).
   */
  private List<Assessment.Area> strongest(
      List<Assessment.Result> results, Assessment.DoraScores dora, List<Assessment.Area> weakest) {
    List<Assessment.Area> metrics =
        doraAreas(results).stream()
            .filter(a -> deviations(a, dora) > STANDING_MARGIN)
            .sorted(
                Comparator.comparingDouble((Assessment.Area a) -> deviations(a, dora)).reversed())
            .limit(PER_FRAMEWORK)
            .toList();
    List<Assessment.Area> aspects = cncfAreas(results);
    double highest = aspects.stream().mapToDouble(Assessment.Area::strength).max().orElse(0);
    double lowest = aspects.stream().mapToDouble(Assessment.Area::strength).min().orElse(0);
    List<Assessment.Area> highAspects =
        highest > lowest
            ? aspects.stream().filter(a -> a.strength() == highest).limit(PER_FRAMEWORK).toList()
            : List.of();
    return interleave(
        metrics,
        highAspects.stream().filter(a -> !weakest.contains(a)).toList(),
        Comparator.comparingDouble(Assessment.Area::strength).reversed());
  }

  private static List<Assessment.Area> interleave(
      List<Assessment.Area> a, List<Assessment.Area> b, Comparator<Assessment.Area> order) {
    List<Assessment.Area> all = new ArrayList<>(a);
    all.addAll(b);
    all.sort(order);
    return all;
  }

  private static double deviations(Assessment.Area area, Assessment.DoraScores dora) {
    Assessment.Position p = dora.comparison().metrics().get(area.question());
    return p == null ? 0 : p.deviations();
  }

  private List<Assessment.Area> doraAreas(List<Assessment.Result> results) {
    return results.stream()
        .filter(r -> r.section().equals(Section.DORA.id()))
        .map(r -> new Assessment.Area(r.question(), r.section(), r.score(), r.score() / 10))
        .toList();
  }

  private List<Assessment.Area> cncfAreas(List<Assessment.Result> results) {
    List<Assessment.Area> areas = new ArrayList<>();
    for (Assessment.Result r : results) {
      if (!r.section().equals(Section.CNCF.id())) {
        continue;
      }
      Question q = questionnaire.question(r.question()).orElseThrow();
      double top = q.choices().getLast().score();
      double bottom = q.choices().getFirst().score();
      areas.add(
          new Assessment.Area(
              r.question(), r.section(), r.score(), (r.score() - bottom) / (top - bottom)));
    }
    return areas;
  }

  private List<Assessment.Priority> priorities(
      List<Assessment.Area> weakest, List<Assessment.Result> results, Language language) {
    List<Assessment.Priority> priorities = new ArrayList<>();
    for (Assessment.Area area : weakest) {
      Question q = questionnaire.question(area.question()).orElseThrow();
      Assessment.Result r =
          results.stream().filter(x -> x.question().equals(q.id())).findFirst().orElseThrow();
      Choice next = nextChoice(q, r.choice());
      List<String> actions = new ArrayList<>();
      List<String> passages = new ArrayList<>(existing(q.passages()));
      String nextStep;
      if (q.section() == Section.CNCF) {
        nextStep = next.label().in(language);
        next.detail().ifPresent(d -> actions.add(d.in(language)));
      } else {
        nextStep = next.label().in(language);
        for (Question capability : capabilitiesFor(q.id(), results)) {
          actions.add(capabilityAction(capability, results, language));
          for (String p : existing(capability.passages())) {
            if (!passages.contains(p)) {
              passages.add(p);
            }
          }
        }
      }
      priorities.add(
          new Assessment.Priority(
              q.id(), q.section().id(), nextStep, actions, passages.stream().limit(4).toList()));
    }
    return priorities;
  }

  /** The choice one step better than the one answered (the best stays the best). */
  private static Choice nextChoice(Question q, int answered) {
    Choice now = q.choice(answered);
    return q.choices().stream()
        .filter(c -> c.score() > now.score())
        .min(Comparator.comparingDouble(Choice::score))
        .orElse(now);
  }

  /**
   * The capabilities said to improve {@code metric}, those the team agrees with least first; all of
   * them, in the questionnaire's order, when the team did not rate them.
   */
  private List<Question> capabilitiesFor(String metric, List<Assessment.Result> results) {
    return questionnaire.in(Section.CAPABILITIES).stream()
        .filter(c -> c.improves().contains(metric))
        .sorted(Comparator.comparingDouble(c -> agreement(c, results)))
        .limit(3)
        .toList();
  }

  private static double agreement(Question capability, List<Assessment.Result> results) {
    return results.stream()
        .filter(r -> r.question().equals(capability.id()))
        .mapToDouble(Assessment.Result::score)
        .findFirst()
        .orElse(Double.MAX_VALUE / 2);
  }

  private String capabilityAction(
      Question capability, List<Assessment.Result> results, Language language) {
    Optional<Assessment.Result> rated =
        results.stream().filter(r -> r.question().equals(capability.id())).findFirst();
    String name = capability.name(language);
    return rated
        .map(
            r ->
                language == Language.FR
                    ? "%s (votre réponse : %s)"
                        .formatted(
                            name,
                            capability
                                .choice(r.choice())
                                .label()
                                .fr()
                                .toLowerCase(java.util.Locale.ROOT))
                    : "%s (you answered: %s)"
                        .formatted(
                            name,
                            capability
                                .choice(r.choice())
                                .label()
                                .en()
                                .toLowerCase(java.util.Locale.ROOT)))
        .orElse(name);
  }

  /** The ids that name a passage of the knowledge base (a document id names its first section). */
  private List<String> existing(List<String> ids) {
    return ids.stream()
        .map(knowledge::passage)
        .flatMap(Optional::stream)
        .map(p -> p.id())
        .distinct()
        .toList();
  }

  private static List<Assessment.Change> changes(
      Assessment previous, List<Assessment.Result> results) {
    List<Assessment.Change> changes = new ArrayList<>();
    for (Assessment.Result r : results) {
      previous
          .result(r.question())
          .ifPresent(p -> changes.add(new Assessment.Change(r.question(), p.score(), r.score())));
    }
    return changes;
  }

  /** The id of {@code team}'s assessment taken at {@code now}. */
  static String id(String teamSlug, Instant now) {
    return teamSlug + "-" + ID_TIME.format(now);
  }

  static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
