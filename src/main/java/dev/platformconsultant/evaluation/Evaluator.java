package dev.platformconsultant.evaluation;

import dev.platformconsultant.consultant.Answer;
import dev.platformconsultant.consultant.Consultant;
import dev.platformconsultant.consultant.SourceRef;
import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.Mode;
import dev.platformconsultant.model.Question;
import dev.platformconsultant.review.DesignReviewer;
import dev.platformconsultant.review.Review;
import dev.platformconsultant.review.ReviewEvaluation;
import dev.platformconsultant.text.Language;
import dev.platformconsultant.text.LanguageDetector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs an {@link EvalSet} against the wired consultant and scores it: the scorecard a team reads to
 * see whether its knowledge base, and its model if it has one, are good enough. Figures, no
 * verdicts. Thread-safe.
 */
public final class Evaluator {
  /** How many of an answer's citations the judge reads at most (each is a model call). */
  static final int MAX_CITATIONS_PER_ANSWER = 12;

  private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,2})]");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");

  private final KnowledgeBase knowledge;
  private final Function<String, Answer> consultant;
  private final Function<String, Review> reviewer;
  private final Optional<LanguageModel> model;
  private final String projectContext;
  private final LanguageDetector languages;

  /**
   * @param model the model answers come from, and the judge of its answers; empty offline
   * @param projectContext what the consultant was told about the company
   */
  public Evaluator(
      KnowledgeBase knowledge,
      Consultant consultant,
      DesignReviewer reviewer,
      Optional<LanguageModel> model,
      String projectContext,
      LanguageDetector languages) {
    this(
        knowledge,
        question -> consultant.answer(Question.of(question)),
        reviewer::review,
        model,
        projectContext,
        languages);
  }

  /** As above, with any answerer and reviewer (a test's canned ones). */
  Evaluator(
      KnowledgeBase knowledge,
      Function<String, Answer> consultant,
      Function<String, Review> reviewer,
      Optional<LanguageModel> model,
      String projectContext,
      LanguageDetector languages) {
    this.knowledge = knowledge;
    this.consultant = consultant;
    this.reviewer = reviewer;
    this.model = model;
    this.projectContext = projectContext;
    this.languages = languages;
  }

  public Scorecard run(EvalSet set) {
    List<Scorecard.RetrievalScore> retrieval = retrieval(knowledge, set.retrieval());
    List<Answered> answered =
        set.answers().stream().map(q -> new Answered(q, consultant.apply(q.text()))).toList();
    return new Scorecard(
        model.map(LanguageModel::label).orElse("none"),
        knowledge.documentCount(),
        retrieval,
        answers(answered),
        set.designs().stream().map(this::design).toList(),
        model
            .map(m -> llmChecks(new AnswerJudge(m), answered))
            .orElse(Scorecard.LlmChecks.skipped("no LLM configured: answers are offline")));
  }

  /**
   * recall@5 and MRR of {@code questions}, by the documents of the top five passages: for all of
   * them, then per language. Each question is searched once.
   */
  public static List<Scorecard.RetrievalScore> retrieval(
      KnowledgeBase knowledge, List<EvalSet.RetrievalQuestion> questions) {
    if (questions.isEmpty()) {
      return List.of();
    }
    List<Ranked> ranked =
        questions.stream()
            .map(
                q -> {
                  List<String> documents =
                      List.copyOf(
                          knowledge.search(q.text(), 5).stream()
                              .map(Passage::documentId)
                              .collect(Collectors.toCollection(LinkedHashSet::new)));
                  int rank = 0;
                  for (int i = 0; i < documents.size() && rank == 0; i++) {
                    if (q.documents().contains(documents.get(i))) {
                      rank = i + 1;
                    }
                  }
                  return new Ranked(q, documents, rank);
                })
            .toList();
    List<Scorecard.RetrievalScore> scores = new ArrayList<>();
    scores.add(score("all", ranked));
    for (Language language : Language.values()) {
      List<Ranked> subset =
          ranked.stream().filter(r -> r.question().language() == language).toList();
      if (!subset.isEmpty()) {
        scores.add(score(language.code(), subset));
      }
    }
    return scores;
  }

  /** A question, the documents of its top five passages, the rank of the first right one (or 0). */
  private record Ranked(EvalSet.RetrievalQuestion question, List<String> documents, int rank) {}

  private static Scorecard.RetrievalScore score(String scope, List<Ranked> ranked) {
    double recalled = 0;
    double reciprocalRanks = 0;
    List<String> misses = new ArrayList<>();
    for (Ranked r : ranked) {
      if (r.rank() > 0) {
        recalled++;
        reciprocalRanks += 1.0 / r.rank();
      } else {
        misses.add(
            "[%s] %s -> expected %s, got %s"
                .formatted(
                    r.question().language().code(),
                    r.question().text(),
                    r.question().documents(),
                    r.documents()));
      }
    }
    return new Scorecard.RetrievalScore(
        scope, ranked.size(), recalled / ranked.size(), reciprocalRanks / ranked.size(), misses);
  }

  private record Answered(EvalSet.AnswerQuestion question, Answer answer) {
    boolean hit() {
      return answer.sources().stream().map(SourceRef::id).anyMatch(question.sections()::contains);
    }
  }

  private static Scorecard.AnswerScore answers(List<Answered> answered) {
    List<String> misses =
        answered.stream()
            .filter(a -> !a.hit())
            .map(
                a ->
                    "[%s/%s] %s -> expected one of %s, cited %s"
                        .formatted(
                            a.question().language().code(),
                            a.question().intent(),
                            a.question().text(),
                            a.question().sections(),
                            a.answer().sources().stream().map(SourceRef::id).toList()))
            .toList();
    String mode =
        answered.stream()
            .map(a -> a.answer().mode().id())
            .distinct()
            .collect(Collectors.joining("+"));
    return new Scorecard.AnswerScore(
        mode.isEmpty() ? "none" : mode,
        tallies(answered, a -> a.question().language().code()),
        tallies(answered, a -> a.question().intent()),
        misses);
  }

  private static List<Scorecard.Tally> tallies(
      List<Answered> answered, Function<Answered, String> scope) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Answered a : answered) {
      int[] c = counts.computeIfAbsent(scope.apply(a), k -> new int[2]);
      c[0] += a.hit() ? 1 : 0;
      c[1]++;
    }
    return counts.entrySet().stream()
        .map(e -> new Scorecard.Tally(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  private Scorecard.DesignScore design(ReviewEvaluation.Design design) {
    Review review = reviewer.apply(design.text());
    return new Scorecard.DesignScore(
        review.mode().id() + review.warning().map(w -> " (fell back)").orElse(""),
        ReviewEvaluation.score(design, review));
  }

  private Scorecard.LlmChecks llmChecks(AnswerJudge judge, List<Answered> answered) {
    int answers = 0;
    int judged = 0;
    int supported = 0;
    int inLanguage = 0;
    int withInvented = 0;
    List<String> notes = new ArrayList<>();
    for (Answered a : answered) {
      if (a.answer().mode() != Mode.LLM) {
        notes.add("not from the LLM (fell back offline): " + a.question().text());
        continue;
      }
      answers++;
      if (languages.detect(a.answer().markdown()) == a.question().language()) {
        inLanguage++;
      } else {
        notes.add("answered in another language: " + a.question().text());
      }
      for (Citation c : citations(a.answer())) {
        Optional<Boolean> verdict = judge.supports(c.passage(), c.sentence());
        if (verdict.isEmpty()) {
          notes.add("the judge gave no verdict on a citation of " + c.id());
          continue;
        }
        judged++;
        if (verdict.get()) {
          supported++;
        } else {
          notes.add("[%s] does not support: %s".formatted(c.id(), abbreviate(c.sentence())));
        }
      }
      Optional<List<String>> invented =
          judge.unsupportedCompanyFacts(projectContext, a.answer().markdown());
      if (invented.isEmpty()) {
        notes.add("the judge gave no verdict on company facts: " + a.question().text());
      } else if (!invented.get().isEmpty()) {
        withInvented++;
        notes.add("company facts not in the project context: " + invented.get());
      }
    }
    return new Scorecard.LlmChecks(
        true, answers, judged, supported, inLanguage, withInvented, notes);
  }

  private record Citation(String id, String sentence, String passage) {}

  /** Each sentence that cites [n], with the passage n stands for, at most a dozen an answer. */
  private List<Citation> citations(Answer answer) {
    Map<Integer, SourceRef> sources = new LinkedHashMap<>();
    answer.sources().forEach(s -> sources.put(s.number(), s));
    List<Citation> citations = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(answer.markdown())) {
      Matcher m = CITATION.matcher(sentence);
      while (m.find() && citations.size() < MAX_CITATIONS_PER_ANSWER) {
        SourceRef source = sources.get(Integer.parseInt(m.group(1)));
        if (source != null) {
          knowledge
              .passage(source.id())
              .ifPresent(p -> citations.add(new Citation(source.id(), sentence.strip(), p.text())));
        }
      }
    }
    return citations;
  }

  private static String abbreviate(String text) {
    return text.length() <= 160 ? text : text.substring(0, 159) + "…";
  }
}
