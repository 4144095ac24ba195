package dev.platformconsultant.consultant;

import dev.platformconsultant.consultant.AnswerPlan.Choice;
import dev.platformconsultant.consultant.AnswerPlan.Opening;
import dev.platformconsultant.consultant.AnswerPlan.Reader;
import dev.platformconsultant.knowledge.TextRelevance;
import dev.platformconsultant.text.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The choices within the document an answer is built on: its opening sentences, the list that
 * follows them, and its targets and figures. Immutable.
 */
record DocumentPlanner(
    Intent intent,
    Language language,
    List<Choice> primary,
    Reader reader,
    TextRelevance relevance,
    TextRelevance.QueryTerms terms) {

  /** How far below the best section a section may be and still give the opening instruction. */
  static final double NEAR_BEST = 0.4;

  private static final Pattern NEGATIVE =
      Pattern.compile("(?i)^(\\*\\*)?(never|do not|don't|avoid|ne |n'|jamais|évitez)");

  /**
   * For "what is": the opening sentences of the best definition. Otherwise the best standalone
   * instruction of the sections that fit, with the one after it; failing that, the opening of the
   * document (its overview says what matters) or of the best section.
   */
  Opening opening() {
    // A definition is prose: a list section ("The five metrics") is for the key points.
    Optional<Choice> define =
        primary.stream()
            .filter(c -> c.roles().contains("define"))
            .filter(c -> !summary(c).isEmpty())
            .min(Comparator.comparingInt(c -> c.text().items().isEmpty() ? 0 : 1));
    if (intent == Intent.WHAT && define.isPresent()) {
      return new Opening(define.get(), summary(define.get()), false);
    }
    // Only sections about as good as the best one may open the answer: an instruction from a
    // section the question is not about ("rotate every 90 days" for "where should secrets live")
    // is worse than no instruction.
    // Nearness is by role and words, not by the search's rank: the way out ranked first must not
    // hide the cure's thesis.
    double top = primary.stream().mapToDouble(DocumentPlanner::aptness).max().orElse(0);
    record Candidate(Choice choice, int index, double score) {}
    List<Candidate> candidates = new ArrayList<>();
    for (Choice c : primary) {
      if (c.roles().contains("context")
          || c.roles().contains("define")
          || aptness(c) < top - NEAR_BEST) {
        continue;
      }
      List<String> sentences = c.text().sentences();
      for (int i = 0; i < sentences.size(); i++) {
        String s = sentences.get(i);
        if (AnswerPlan.standalone(s) && reader.instruction(s, writtenIn(c))) {
          double overlap = relevance.overlap(terms, s);
          // A section's first instruction is usually its thesis, later ones (and sub-sections)
          // details; a warning ("Never…", "Do not…") is a poorer opening than what to do.
          double score =
              c.score()
                  + 0.3 * overlap
                  - 0.06 * i
                  - (c.passage().heading().contains(" > ") ? 0.2 : 0)
                  - (NEGATIVE.matcher(s).find() ? 0.3 : 0);
          candidates.add(new Candidate(c, i, score));
        }
      }
    }
    Optional<Candidate> best =
        candidates.stream().max(Comparator.comparingDouble(Candidate::score));
    // A section named by the question ("where should secrets live" → "Where secrets live")
    // answers with its own words before another section's instruction ("rotate every 90 days").
    // Only a whole section of prose: a sub-section is a detail ("Keeping preview environments
    // cheap"), and a section with a list ("How to get out of it") says it in its list.
    Optional<Choice> named =
        primary.stream()
            .filter(c -> c.headingOverlap() > 0 && aptness(c) >= top - NEAR_BEST)
            .filter(c -> !c.roles().contains("context"))
            .filter(c -> !c.passage().heading().contains(" > ") && c.text().items().isEmpty())
            .filter(c -> c.text().sentences().stream().anyMatch(AnswerPlan::standalone))
            .findFirst();
    boolean namedSpeaks =
        named.isPresent()
            && best.map(b -> b.choice() != named.get() && b.choice().headingOverlap() == 0)
                .orElse(false);
    if (namedSpeaks) {
      return new Opening(named.get(), summary(named.get()), false);
    }
    if (best.isPresent()) {
      Choice c = best.get().choice();
      List<String> sentences = c.text().sentences();
      List<String> chosen = new ArrayList<>(List.of(sentences.get(best.get().index())));
      int next = best.get().index() + 1;
      if (next < sentences.size()
          && AnswerPlan.standalone(sentences.get(next))
          && reader.instruction(sentences.get(next), writtenIn(c))) {
        chosen.add(sentences.get(next));
      }
      return new Opening(c, chosen.stream().map(SectionText::shortened).toList(), true);
    }
    // No instruction: what the section about the question says, or else the document's thesis.
    Optional<Choice> speaking =
        primary.stream()
            .filter(c -> !c.roles().contains("context"))
            .filter(c -> !c.text().sentences().isEmpty())
            .filter(c -> c.overlap() >= 0.3)
            .findFirst();
    Choice fallback =
        speaking
            .or(() -> define.filter(c -> c.passage().id().endsWith("#overview")))
            .or(() -> primary.stream().filter(c -> !c.text().sentences().isEmpty()).findFirst())
            .orElse(primary.getFirst());
    return new Opening(fallback, summary(fallback), false);
  }

  /**
   * The list to show after the opening: for "what do we do" a numbered list of steps first (the way
   * out, the quick wins), then the opening section's own list, then the checklist.
   */
  Optional<Choice> list(Opening opening) {
    Predicate<Choice> listed = c -> c.text().items().size() >= 2;
    Optional<Choice> own = Optional.of(opening.source()).filter(listed);
    return switch (intent) {
      // The way out or the quick wins first; then the opening section's own list; then the
      // document's checklist, its own to-do list; last, bullets that share a word with the
      // question ("how workloads get secrets" is not the list for "we leaked a secret").
      case DO ->
          first(c -> c.roles().contains("act") && c.text().numbered(), listed)
              .or(() -> own)
              .or(() -> first(c -> c.roles().contains("checklist"), listed))
              .or(() -> first(c -> c.roles().contains("act") && c.overlap() > 0, listed));
      case WHAT ->
          own.filter(c -> c.roles().contains("define"))
              .or(() -> first(c -> c.roles().contains("define"), listed))
              // "What is it, and what happens when…": the list that speaks to the rest.
              .or(
                  () ->
                      first(
                          c ->
                              !c.roles().contains("context")
                                  && c != opening.source()
                                  && c.overlap() > 0,
                          listed));
      case MEASURE ->
          own.filter(c -> c.roles().contains("measure"))
              .or(() -> first(c -> c.roles().contains("measure"), listed))
              .or(() -> first(c -> c.roles().contains("checklist"), listed));
    };
  }

  /** How well a section fits the question by its role and words. */
  private static double aptness(Choice c) {
    return c.fit() + AnswerPlan.OVERLAP * c.overlap();
  }

  private Optional<Choice> first(Predicate<Choice> kind, Predicate<Choice> listed) {
    return primary.stream().filter(kind).filter(listed).findFirst();
  }

  /** A section not shown yet whose lines give targets and figures, a measurement one first. */
  Optional<Choice> figures(Opening opening, Optional<Choice> list) {
    if (intent == Intent.WHAT) {
      return Optional.empty();
    }
    Predicate<Choice> unused =
        c ->
            c != opening.source()
                && list.map(l -> l != c).orElse(true)
                && !c.roles().contains("context");
    Predicate<Choice> hasFigures =
        c ->
            java.util.stream.Stream.concat(c.text().items().stream(), c.text().sentences().stream())
                .anyMatch(line -> reader.figure(line, writtenIn(c)));
    // Targets come from measurement sections, then the checklist; for "what do we do", any section
    // but the steps (whose numbers are durations of steps, not targets).
    return primary.stream()
        .filter(unused)
        .filter(c -> c.roles().contains("measure"))
        .filter(hasFigures)
        .findFirst()
        .or(
            () ->
                primary.stream()
                    .filter(unused)
                    .filter(c -> c.roles().contains("checklist"))
                    .filter(hasFigures)
                    .findFirst())
        .or(
            () ->
                intent == Intent.DO
                    ? primary.stream()
                        .filter(unused)
                        .filter(c -> !c.roles().contains("act"))
                        .filter(hasFigures)
                        .findFirst()
                    : Optional.empty());
  }

  private List<String> summary(Choice c) {
    List<String> out = new ArrayList<>();
    int length = 0;
    for (String s : c.text().sentences()) {
      if (!AnswerPlan.standalone(s)) {
        continue;
      }
      if (!out.isEmpty() && length + s.length() > 360) {
        break;
      }
      out.add(SectionText.shortened(s));
      length += s.length();
    }
    return out;
  }

  private Language writtenIn(Choice c) {
    return c.translated(language) ? language : Language.EN;
  }
}
