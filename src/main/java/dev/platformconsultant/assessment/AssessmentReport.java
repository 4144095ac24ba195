package dev.platformconsultant.assessment;

import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.text.Language;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The assessment as a Markdown report a team lead forwards: the narrative, the DORA scores against
 * the published distribution, the CNCF levels, the capabilities, the strongest and weakest areas,
 * what to improve first with the knowledge base's passages, the charts and the sources. In the
 * record's language.
 */
public final class AssessmentReport {
  private final Questionnaire questionnaire;
  private final KnowledgeBase knowledge;

  public AssessmentReport(Questionnaire questionnaire, KnowledgeBase knowledge) {
    this.questionnaire = questionnaire;
    this.knowledge = knowledge;
  }

  /**
   * @param charts the chart files saved next to the report, linked by name; empty for none
   */
  public String render(Assessment a, List<String> charts) {
    Language l = language(a);
    StringBuilder md = new StringBuilder();
    md.append("# ")
        .append(w(l, "Platform assessment: ", "Évaluation de la plateforme : "))
        .append(a.team())
        .append(" (")
        .append(a.takenAt(), 0, 10)
        .append(")\n\n");
    long measured = a.results().stream().filter(Assessment.Result::measured).count();
    md.append("_")
        .append(
            w(
                    l,
                    "Assessment %s · questionnaire %s · %d answers, %d measured, %d self-reported",
                    "Évaluation %s · questionnaire %s · %d réponses, %d mesurées, %d déclaratives")
                .formatted(
                    a.id(),
                    a.questionnaireVersion(),
                    a.results().size(),
                    measured,
                    a.results().size() - measured))
        .append("_\n\n");

    summary(md, a, l);
    dora(md, a, l);
    cncf(md, a, l);
    capabilities(md, a, l);
    areas(md, a, l);
    priorities(md, a, l);
    if (!charts.isEmpty()) {
      md.append("## ").append(w(l, "Charts", "Graphiques")).append("\n\n");
      for (String chart : charts) {
        md.append("![").append(chart).append("](").append(chart).append(")\n\n");
      }
    }
    md.append("## Sources\n\n");
    for (String source : questionnaire.sources()) {
      md.append("- ").append(link(source)).append('\n');
    }
    return md.toString();
  }

  private void summary(StringBuilder md, Assessment a, Language l) {
    md.append("## ").append(w(l, "Summary", "Synthèse")).append("\n\n");
    Assessment.Narrative n = a.narrative();
    if (n == null) {
      return;
    }
    if (n.warning() != null) {
      md.append("> ").append(n.warning()).append("\n\n");
    }
    md.append(n.text().strip()).append("\n\n");
    if (!n.citations().isEmpty()) {
      for (int i = 0; i < n.citations().size(); i++) {
        md.append("[")
            .append(i + 1)
            .append("] ")
            .append(passageName(n.citations().get(i), l))
            .append('\n');
      }
      md.append('\n');
    }
    if ("offline".equals(n.mode())) {
      md.append("_")
          .append(
              w(
                  l,
                  "Written from the scores without an LLM.",
                  "Rédigé à partir des scores, sans LLM."))
          .append("_\n\n");
    }
  }

  private void dora(StringBuilder md, Assessment a, Language l) {
    Assessment.DoraScores d = a.dora();
    Assessment.Comparison c = d.comparison();
    md.append("## ").append(Section.DORA.title(l)).append("\n\n");
    md.append(
            w(
                    l,
                    "Scores from 0 to 10, as DORA's Quick Check computes them, against the %d respondents' mean ± standard deviation.",
                    "Scores de 0 à 10, calculés comme le Quick Check de DORA, comparés à la moyenne ± l'écart type des répondants de %d.")
                .formatted(c.dataYear()))
        .append("\n\n");
    md.append(
            w(
                l,
                "| Metric | Answer | Score | DORA mean ± SD | Standing |",
                "| Métrique | Réponse | Score | Moyenne DORA ± écart type | Position |"))
        .append(changeHeader(a, l))
        .append("\n|---|---|---|---|---|")
        .append(a.previousId() == null ? "" : "---|")
        .append('\n');
    for (Question q : questionnaire.in(Section.DORA)) {
      Assessment.Result r = a.result(q.id()).orElseThrow();
      Assessment.Position p = c.metrics().get(q.id());
      md.append("| ")
          .append(q.name(l))
          .append(" | ")
          .append(answer(q, r, l))
          .append(" | ")
          .append(number(l, r.score()))
          .append(" | ")
          .append(p == null ? "–" : number(l, p.mean()) + " ± " + number(l, p.sd()))
          .append(" | ")
          .append(p == null ? "–" : Standing.of(p.deviations()).in(l))
          .append(" |")
          .append(change(a, q.id()))
          .append('\n');
    }
    md.append('\n');
    md.append(
            w(
                    l,
                    "**Throughput** %s · **Stability** %s (DORA's instability factor, 10 = most stable) · **Overall** %s.",
                    "**Débit** %s · **Stabilité** %s (le facteur d'instabilité de DORA, 10 = le plus stable) · **Global** %s.")
                .formatted(
                    number(l, d.throughput()), number(l, d.stability()), number(l, d.overall())))
        .append(' ')
        .append(position(c.overall(), w(l, "all respondents", "l'ensemble des répondants"), l));
    if (c.industry() != null) {
      md.append(' ')
          .append(
              position(
                  c.industry(),
                  groupName(questionnaire.benchmarks().industry(c.industry().group()), l),
                  l));
    }
    if (c.organisationSize() != null) {
      md.append(' ')
          .append(
              position(
                  c.organisationSize(),
                  groupName(
                      questionnaire.benchmarks().organisationSize(c.organisationSize().group()), l),
                  l));
    }
    md.append("\n\n");
    questionnaire
        .benchmarks()
        .caveat()
        .ifPresent(t -> md.append("_").append(t.in(l)).append("_\n\n"));
  }

  private String position(Assessment.Position p, String group, Language l) {
    return w(
            l, "Overall against %s: %s (mean %s ± %s).", "Global face à %s : %s (moyenne %s ± %s).")
        .formatted(
            group, Standing.of(p.deviations()).in(l), number(l, p.mean()), number(l, p.sd()));
  }

  private static String groupName(Optional<Benchmarks.Group> group, Language l) {
    return group.map(g -> g.name().in(l)).orElse("?");
  }

  private void cncf(StringBuilder md, Assessment a, Language l) {
    md.append("## ").append(Section.CNCF.title(l)).append("\n\n");
    md.append(
            w(
                l,
                "Each aspect is placed on its own level (1 provisional to 4 optimizing); the model advises against averaging them or aiming for level 4 everywhere.",
                "Chaque aspect est placé à son propre niveau (1 provisoire à 4 optimisé) ; le modèle déconseille d'en faire la moyenne ou de viser le niveau 4 partout."))
        .append("\n\n");
    md.append(
            w(
                l,
                "| Aspect | Level | What it means |",
                "| Aspect | Niveau | Ce que cela veut dire |"))
        .append(changeHeader(a, l))
        .append("\n|---|---|---|")
        .append(a.previousId() == null ? "" : "---|")
        .append('\n');
    for (Question q : questionnaire.in(Section.CNCF)) {
      Assessment.Result r = a.result(q.id()).orElseThrow();
      Choice c = q.choice(r.choice());
      md.append("| ")
          .append(q.name(l))
          .append(" | ")
          .append((int) r.score())
          .append(" · ")
          .append(c.label().in(l))
          .append(" | ")
          .append(c.detail().map(t -> t.in(l)).orElse(""))
          .append(" |")
          .append(change(a, q.id()))
          .append('\n');
    }
    md.append('\n');
  }

  private void capabilities(StringBuilder md, Assessment a, Language l) {
    List<Question> rated =
        questionnaire.in(Section.CAPABILITIES).stream()
            .filter(q -> a.result(q.id()).isPresent())
            .toList();
    if (rated.isEmpty()) {
      return;
    }
    md.append("## ")
        .append(
            Section.CAPABILITIES.title(l).replace(" (optional)", "").replace(" (facultatif)", ""))
        .append("\n\n");
    md.append(w(l, "| Statement | Answer | Improves |", "| Affirmation | Réponse | Améliore |"))
        .append("\n|---|---|---|\n");
    for (Question q : rated) {
      Assessment.Result r = a.result(q.id()).orElseThrow();
      md.append("| ")
          .append(q.text(l))
          .append(" | ")
          .append(q.choice(r.choice()).label().in(l))
          .append(" | ")
          .append(
              String.join(
                  ", ",
                  q.improves().isEmpty()
                      ? List.of(
                          w(
                              l,
                              "delivery performance as a whole",
                              "la performance de livraison dans son ensemble"))
                      : q.improves().stream()
                          .map(id -> questionnaire.question(id).map(m -> m.name(l)).orElse(id))
                          .toList()))
          .append(" |\n");
    }
    md.append('\n');
  }

  private void areas(StringBuilder md, Assessment a, Language l) {
    md.append("## ")
        .append(w(l, "Strongest and weakest areas", "Points forts et points faibles"))
        .append("\n\n");
    md.append("**").append(w(l, "Strongest", "Points forts")).append(w(l, "**: ", "** : "));
    md.append(
            a.strongest().isEmpty()
                ? w(l, "none stands out yet.", "aucun ne se détache encore.")
                : areaList(a.strongest(), a, l))
        .append("\n\n");
    md.append("**").append(w(l, "Weakest", "Points faibles")).append(w(l, "**: ", "** : "));
    md.append(
            a.weakest().isEmpty()
                ? w(
                    l,
                    "none: every area is at the top of its scale.",
                    "aucun : chaque domaine est au sommet de son échelle.")
                : areaList(a.weakest(), a, l))
        .append("\n\n");
  }

  private String areaList(List<Assessment.Area> areas, Assessment a, Language l) {
    return String.join(
        w(l, "; ", " ; "),
        areas.stream()
            .map(
                area -> {
                  Question q = questionnaire.question(area.question()).orElseThrow();
                  Assessment.Result r = a.result(q.id()).orElseThrow();
                  return q.name(l) + " (" + answer(q, r, l) + ")";
                })
            .toList());
  }

  private void priorities(StringBuilder md, Assessment a, Language l) {
    if (a.priorities().isEmpty()) {
      return;
    }
    md.append("## ").append(w(l, "What to improve first", "Par quoi commencer")).append("\n\n");
    int n = 1;
    for (Assessment.Priority p : a.priorities()) {
      Question q = questionnaire.question(p.question()).orElseThrow();
      Assessment.Result r = a.result(q.id()).orElseThrow();
      md.append("### ")
          .append(n++)
          .append(". ")
          .append(q.name(l))
          .append(w(l, ": ", " : "))
          .append(answer(q, r, l))
          .append(" → ")
          .append(p.next())
          .append("\n\n");
      if (q.section() == Section.DORA && !p.actions().isEmpty()) {
        md.append(
                w(
                    l,
                    "The capabilities DORA links to this metric, those you agree with least first:",
                    "Les capacités que DORA relie à cette métrique, celles où votre accord est le plus faible d'abord :"))
            .append("\n\n");
      }
      for (String action : p.actions()) {
        md.append("- ").append(action).append('\n');
      }
      if (!p.passages().isEmpty()) {
        md.append("- ").append(w(l, "Read: ", "À lire : "));
        md.append(
            String.join(
                w(l, "; ", " ; "), p.passages().stream().map(id -> passageName(id, l)).toList()));
        md.append('\n');
      }
      md.append('\n');
    }
  }

  /** A passage's title and heading, in the report's language where the knowledge base has it. */
  private String passageName(String id, Language l) {
    Function<Passage, String> name =
        p -> p.title() + (p.heading().isBlank() ? "" : " › " + p.heading()) + " (`" + p.id() + "`)";
    return knowledge
        .translated(id, l)
        .or(() -> knowledge.passage(id))
        .map(name)
        .orElse("`" + id + "`");
  }

  private String answer(Question q, Assessment.Result r, Language l) {
    String label = q.choice(r.choice()).label().in(l);
    if (r.value() == null) {
      return label;
    }
    String value =
        q.kind() == Question.Kind.PERCENT
            ? number(l, r.value()) + (l == Language.FR ? " %" : "%")
            : number(l, r.value()) + " " + q.unit().map(u -> u.in(l)).orElse("");
    if (!r.measured()) {
      return value;
    }
    return (q.kind() == Question.Kind.PERCENT ? "" : label + ", ")
        + w(l, "measured: ", "mesuré : ")
        + value;
  }

  private static String changeHeader(Assessment a, Language l) {
    return a.previousId() == null ? "" : w(l, " Change |", " Évolution |");
  }

  private static String change(Assessment a, String question) {
    if (a.previousId() == null) {
      return "";
    }
    return a.changes().stream()
        .filter(c -> c.question().equals(question))
        .findFirst()
        .map(c -> " " + signed(language(a), c.delta()) + " |")
        .orElse(" – |");
  }

  static String signed(Language l, double delta) {
    if (Math.abs(delta) < 0.05) {
      return "=";
    }
    return (delta > 0 ? "+" : "−") + number(l, Math.abs(delta));
  }

  /** A number as the report's language writes it: "6.5" in English, "6,5" in French. */
  static String number(Language l, double value) {
    String n = number(value);
    return l == Language.FR ? n.replace('.', ',') : n;
  }

  static String number(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String link(String source) {
    int bar = source.lastIndexOf(" | ");
    return bar < 0
        ? source
        : "[" + source.substring(0, bar) + "](" + source.substring(bar + 3) + ")";
  }

  static Language language(Assessment a) {
    return "fr".equals(a.language()) ? Language.FR : Language.EN;
  }

  private static String w(Language l, String en, String fr) {
    return l == Language.FR ? fr : en;
  }
}
