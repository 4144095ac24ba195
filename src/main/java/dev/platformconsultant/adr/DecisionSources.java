package dev.platformconsultant.adr;

import dev.platformconsultant.adr.DecisionNotes.NotedOption;
import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.knowledge.TextRelevance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The knowledge-base passages a decision record may cite, and which option each informs. A search
 * always returns its best passages, relevant or not ("Kafka vs RabbitMQ" finds a Kubernetes cost
 * playbook in a base with nothing on messaging), so rank only bounds where to look: a passage is
 * kept when it names an option and is about that option (its document's title or its heading names
 * it), the decision or the option's arguments (its heading shares their words); or, for the
 * decision as a whole, when its title or heading shares the decision's words and it holds half of
 * them. Thread-safe.
 */
final class DecisionSources {
  /**
   * Only the top of each search: further down, it matches single common words. Eight, not five: the
   * first five results are five documents, and the section of a document about the option often
   * comes second to its overview.
   */
  static final int CANDIDATES = 8;

  /**
   * Share of the decision's words (its title and options) a passage not about one option must hold.
   */
  static final double MIN_OVERLAP = 0.5;

  private static final int PER_OPTION = 2;
  private static final int GENERAL = 3;

  /**
   * Passages by the option they inform (the option's name as key), then those about the decision as
   * a whole.
   */
  record Found(Map<String, List<Passage>> byOption, List<Passage> general) {
    Found {
      // In the options' order, for a prompt's numbering and a reader.
      byOption = Collections.unmodifiableMap(new LinkedHashMap<>(byOption));
      general = List.copyOf(general);
    }

    List<Passage> of(String option) {
      return byOption.getOrDefault(option, List.of());
    }

    /** Every passage once: each option's in turn, then the general ones. */
    List<Passage> all() {
      Map<String, Passage> all = new LinkedHashMap<>();
      byOption.values().forEach(ps -> ps.forEach(p -> all.putIfAbsent(p.id(), p)));
      general.forEach(p -> all.putIfAbsent(p.id(), p));
      return List.copyOf(all.values());
    }
  }

  private final KnowledgeBase knowledge;
  private final TextRelevance relevance = new TextRelevance();

  DecisionSources(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  Found find(String title, List<NotedOption> options) {
    StringBuilder words = new StringBuilder(title);
    options.forEach(o -> words.append(' ').append(o.name()));
    TextRelevance.QueryTerms topic =
        distinctive(relevance.analyse(OptionPhrases.withoutFillers(words.toString())));
    Map<String, List<Passage>> byOption = new LinkedHashMap<>();
    for (NotedOption o : options) {
      String query = o.name() + " " + String.join(" ", o.aliases()) + " " + title;
      List<Passage> kept = new ArrayList<>();
      for (Passage p : knowledge.search(query, CANDIDATES)) {
        if (kept.size() < PER_OPTION && informs(p, o, topic)) {
          kept.add(p);
        }
      }
      byOption.put(o.name(), kept);
    }
    // By id: the same section found by two searches differs in its score.
    Set<String> taken = new LinkedHashSet<>();
    byOption.values().forEach(ps -> ps.forEach(p -> taken.add(p.id())));
    List<Passage> general = new ArrayList<>();
    if (options.size() >= 2) {
      // A passage that informs every option ("Argo CD or Flux") compares them: it is about the
      // decision, and repeating it under each option would only make the record longer.
      for (Passage p : byOption.get(options.getFirst().name())) {
        if (byOption.values().stream().allMatch(ps -> ids(ps).contains(p.id()))) {
          general.add(p);
        }
      }
      Set<String> compared = ids(general);
      byOption.replaceAll((o, ps) -> ps.stream().filter(p -> !compared.contains(p.id())).toList());
    }
    byOption.values().removeIf(List::isEmpty);
    for (Passage p : knowledge.search(OptionPhrases.withoutFillers(title), CANDIDATES)) {
      if (general.size() < GENERAL
          && !taken.contains(p.id())
          && relevance.overlap(topic, about(p)) > 0
          && relevance.overlap(topic, about(p) + " " + p.text()) >= MIN_OVERLAP) {
        general.add(p);
      }
    }
    return new Found(byOption, general);
  }

  /**
   * Without one- and two-letter terms: "CD" of "Argo CD" is in every "CI/CD" and says nothing about
   * the decision on its own.
   */
  private static TextRelevance.QueryTerms distinctive(TextRelevance.QueryTerms terms) {
    return new TextRelevance.QueryTerms(
        terms.english().stream().filter(t -> t.length() > 2).collect(Collectors.toSet()),
        terms.french().stream().filter(t -> t.length() > 2).collect(Collectors.toSet()));
  }

  /**
   * A passage informs an option when it names the option and is about it (its heading or its
   * document's title names it), about the decision (its heading shares a word of it: "Where secrets
   * live" for Vault in "Choose a secrets manager"), or about one of the option's arguments. A
   * passage that names the option in passing does not: "a shared Kafka with prefixed topics" in a
   * section on preview environments, or "Argo CD Image Updater" in one on repository layout, where
   * only the document's title (GitOps) is about the decision.
   */
  private boolean informs(Passage p, NotedOption o, TextRelevance.QueryTerms topic) {
    if (OptionPhrases.position(about(p) + "\n" + p.text(), o.name(), o.aliases()) < 0) {
      return false;
    }
    if (OptionPhrases.position(about(p), o.name(), o.aliases()) >= 0
        || relevance.overlap(topic, p.heading()) > 0) {
      return true;
    }
    // Half the heading's words in the arguments: one shared word is chance ("repo-server" in an
    // argument meets "snowflake servers" in a title).
    TextRelevance.QueryTerms heading = relevance.analyse(p.heading());
    return !heading.isEmpty() && relevance.overlap(heading, arguments(o)) >= MIN_OVERLAP;
  }

  private static Set<String> ids(List<Passage> passages) {
    return passages.stream().map(Passage::id).collect(Collectors.toSet());
  }

  private static String about(Passage p) {
    return p.title() + " " + p.heading();
  }

  private static String arguments(NotedOption o) {
    return String.join(" ", o.pros()) + " " + String.join(" ", o.cons());
  }
}
