package dev.platformconsultant.consultant;

import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.knowledge.TextRelevance;
import dev.platformconsultant.text.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which sections an offline answer is built from, and its opening sentences. The search ranks
 * sections by what they share with the question, so a document's overview or symptoms often outrank
 * its cure; the plan takes the document the search found most about the question and, within it,
 * the sections whose role fits the question's {@link Intent}: the cure and the steps for "what do
 * we do", the overview and the definitions for "what is", the metrics and targets for "how do we
 * measure". Built per answer; immutable.
 *
 * @param opening the first paragraph: a recommendation (instructions) or, when the document gives
 *     none, the sentences that say what matters
 * @param list the section whose list gives the steps, the key points or what to measure
 * @param figures a section of the same document with targets and figures
 * @param related the search's best section in another document, for a second opinion
 */
record AnswerPlan(
    Intent intent,
    Opening opening,
    Optional<Choice> list,
    Optional<Choice> figures,
    Optional<Choice> related) {

  /** How many of the documents the search found are weighed. */
  static final int DOCUMENTS = 4;

  /** How close to the chosen document another must score for its best section to be mentioned. */
  static final double RUNNER_UP = 0.8;

  /** How much the question's own words weigh against a section's role (which weighs up to 1). */
  static final double OVERLAP = 1.0;

  /**
   * A section, as English passage and as shown (its translation when the document has one), and how
   * well it answers.
   */
  record Choice(
      Passage passage,
      Passage shown,
      Set<String> roles,
      double fit,
      double score,
      double overlap,
      double headingOverlap,
      int document) {
    boolean translated(Language language) {
      return language != Language.EN && shown != passage;
    }

    SectionText text() {
      return SectionText.of(shown.text());
    }
  }

  /** The opening sentences and where they come from; {@code advice} when they are instructions. */
  record Opening(Choice source, List<String> sentences, boolean advice) {}

  /** What the plan needs from the writer around it. */
  interface Reader {
    boolean instruction(String sentence, Language language);

    boolean figure(String line, Language language);
  }

  static AnswerPlan of(
      String question,
      Intent intent,
      List<Passage> onTopic,
      Language language,
      KnowledgeBase knowledge,
      TextRelevance relevance,
      AnswerCues cues,
      Reader reader) {
    TextRelevance.QueryTerms terms = relevance.analyse(question);
    Map<String, Integer> searchRank = new HashMap<>();
    Map<String, Passage.Evidence> evidence = new HashMap<>();
    for (int i = 0; i < onTopic.size(); i++) {
      searchRank.putIfAbsent(onTopic.get(i).id(), i);
      evidence.putIfAbsent(onTopic.get(i).documentId(), onTopic.get(i).evidence());
    }
    List<String> documents =
        onTopic.stream().map(Passage::documentId).distinct().limit(DOCUMENTS).toList();
    List<Choice> all = new ArrayList<>();
    Map<Integer, Double> documentScore = new HashMap<>();
    // Passages given without a search have no score: the order they come in is then the ranking.
    double topScore = onTopic.getFirst().score() > 0 ? onTopic.getFirst().score() : 1;
    for (int d = 0; d < documents.size(); d++) {
      String doc = documents.get(d);
      List<Passage> sections = knowledge.passagesOf(doc);
      if (sections.isEmpty()) {
        sections = onTopic.stream().filter(p -> p.documentId().equals(doc)).toList();
      }
      double bestOverlap = 0;
      double bestFit = 0;
      for (Passage p : sections) {
        Passage shown =
            language == Language.EN ? p : knowledge.translated(p.id(), language).orElse(p);
        Set<String> roles = cues.rolesOf(p.heading());
        double overlap =
            Math.max(
                relevance.overlap(terms, p.heading() + "\n" + p.text()),
                relevance.overlap(terms, shown.heading() + "\n" + shown.text()));
        // For choosing the document, its title speaks for every section ("CI/CD pipeline design"
        // for "our CI is slow").
        double titled =
            Math.max(
                relevance.overlap(terms, p.title() + "\n" + p.heading() + "\n" + p.text()),
                relevance.overlap(
                    terms, shown.title() + "\n" + shown.heading() + "\n" + shown.text()));
        Integer rank = searchRank.get(p.id());
        double found = rank == null ? 0 : 1.0 / (1 + rank);
        // The role decides; the question's words and the search's own rank tell apart sections of
        // one role.
        double score = cues.fit(intent, roles) + OVERLAP * overlap + 0.3 * found;
        double headed =
            Math.max(
                relevance.overlap(terms, p.heading()), relevance.overlap(terms, shown.heading()));
        all.add(new Choice(p, shown, roles, cues.fit(intent, roles), score, overlap, headed, d));
        bestOverlap = Math.max(bestOverlap, titled);
        bestFit = Math.max(bestFit, cues.fit(intent, roles));
      }
      // The document the answer is built on: the search's own score for it (its sections'
      // scores, against the first one's), how much of the question it holds, whether one of its
      // sections speaks to the question, and whether it has the kind of section the question asks
      // for (a template with no "how to" sections is still the answer to "make the case to our
      // CFO", so this weighs least). Weighed on the evaluation set, embeddings on and off.
      double searched =
          onTopic.stream().filter(p -> p.documentId().equals(doc)).mapToDouble(Passage::score).sum()
              / topScore;
      documentScore.put(
          d, searched + 0.5 * strength(evidence.get(doc)) + 0.5 * bestOverlap + 0.3 * bestFit);
    }
    all.sort(Comparator.comparingDouble(Choice::score).reversed());
    int primaryDocument =
        documentScore.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    List<Choice> primary = all.stream().filter(c -> c.document() == primaryDocument).toList();

    DocumentPlanner planner =
        new DocumentPlanner(intent, language, primary, reader, relevance, terms);
    Opening opening = planner.opening();
    Optional<Choice> list = planner.list(opening);
    Optional<Choice> figures = planner.figures(opening, list);
    // A second document is worth a line when it came close to being the one the answer is built
    // on: then its best section for the question is the second opinion.
    // Not for "what is": the definition is the answer, and a neighbour's line only distracts.
    double primaryScore = documentScore.get(primaryDocument);
    Optional<Choice> related =
        documentScore.entrySet().stream()
            .filter(e -> intent != Intent.WHAT)
            .filter(e -> e.getKey() != primaryDocument)
            .filter(e -> e.getValue() >= RUNNER_UP * primaryScore)
            .max(Map.Entry.comparingByValue())
            .flatMap(
                e ->
                    all.stream()
                        .filter(c -> c.document() == e.getKey())
                        .filter(c -> cues.fit(intent, c.roles()) >= 0.4)
                        .findFirst());
    return new AnswerPlan(intent, opening, list, figures, related);
  }

  /**
   * How much of the question a document holds, 0 to 1. A term of its title counts twice: a document
   * names its subject there.
   */
  private static double strength(Passage.Evidence e) {
    if (e == null || e.queryTerms() == 0) {
      return 0;
    }
    return Math.min(
        1.0, (double) (e.documentTerms() + e.titleTerms()) / Math.max(2, e.queryTerms()));
  }

  /**
   * Whether a sentence stands on its own as an opening: not one that introduces a list, nor one
   * that leans on the sentence before it ("It…", "…too.").
   */
  static boolean standalone(String sentence) {
    String s = sentence.strip();
    return !s.endsWith(":")
        && !s.matches(
            "(?i)^(it|this|that|these|those|they|then|also|so|but|and|ce|cela|ça|puis|aussi|mais|et"
                + "|il|elle|ils|elles)\\b.*")
        && !s.matches("(?i).*\\b(too|as well|aussi|également)\\.$")
        && !s.matches("(?i)^\\S+\\s+(also|aussi|également)\\b.*");
  }
}
