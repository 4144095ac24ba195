package dev.platformconsultant.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import dev.platformconsultant.assessment.Assessment;
import dev.platformconsultant.assessment.Question;
import dev.platformconsultant.assessment.Questionnaire;
import dev.platformconsultant.assessment.Section;
import dev.platformconsultant.assessment.Standing;
import dev.platformconsultant.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An assessment as a Slack message: the narrative, the DORA scores against DORA's respondents, the
 * CNCF levels and what to improve first. The charts and the full report follow as files.
 */
final class AssessmentSummary {
  private final Questionnaire questionnaire;

  AssessmentSummary(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
  }

  SlackMessage render(Assessment a) {
    Language l = "fr".equals(a.language()) ? Language.FR : Language.EN;
    List<LayoutBlock> blocks = new ArrayList<>();
    String title =
        w(l, "Platform assessment: %s", "Évaluation de la plateforme : %s").formatted(a.team());
    blocks.add(
        header(
            h -> h.text(plainText(title.length() > 150 ? title.substring(0, 149) + "…" : title))));
    Assessment.Narrative n = a.narrative();
    if (n != null && n.warning() != null) {
      blocks.add(context(List.of(markdownText(":warning: " + MrkdwnWriter.escape(n.warning())))));
    }
    if (n != null) {
      blocks.add(section(s -> s.text(markdownText(mrkdwn(n.text())))));
    }

    Assessment.DoraScores d = a.dora();
    Assessment.Position all = d.comparison().overall();
    List<TextObject> dora = new ArrayList<>();
    dora.add(
        markdownText(
            w(
                    l,
                    "*Overall DORA score*\n%s/10 · %s (%s ± %s)",
                    "*Score DORA global*\n%s/10 · %s (%s ± %s)")
                .formatted(
                    number(d.overall()),
                    Standing.of(all.deviations()).in(l),
                    number(all.mean()),
                    number(all.sd()))));
    dora.add(
        markdownText(
            w(l, "*Throughput · Stability*\n%s · %s", "*Débit · Stabilité*\n%s · %s")
                .formatted(number(d.throughput()), number(d.stability()))));
    for (Question q : questionnaire.in(Section.DORA)) {
      a.result(q.id())
          .ifPresent(
              r -> {
                Assessment.Position p = d.comparison().metrics().get(q.id());
                dora.add(
                    markdownText(
                        "*%s*\n%s/10%s%s"
                            .formatted(
                                q.name(l),
                                number(r.score()),
                                p == null ? "" : " · " + Standing.of(p.deviations()).in(l),
                                r.measured() ? w(l, " · measured", " · mesuré") : "")));
              });
    }
    blocks.add(
        section(
            s ->
                s.text(
                        markdownText(
                            "*%s* · %s"
                                .formatted(
                                    Section.DORA.title(l),
                                    w(
                                            l,
                                            "0-10, against DORA's %d respondents",
                                            "0 à 10, face aux répondants DORA %d")
                                        .formatted(d.comparison().dataYear()))))
                    .fields(dora)));

    List<TextObject> cncf = new ArrayList<>();
    for (Question q : questionnaire.in(Section.CNCF)) {
      a.result(q.id())
          .ifPresent(
              r ->
                  cncf.add(
                      markdownText(
                          "*%s*\n%d · %s"
                              .formatted(
                                  q.name(l),
                                  (int) r.score(),
                                  q.choice(r.choice()).label().in(l)))));
    }
    blocks.add(
        section(
            s ->
                s.text(
                        markdownText(
                            "*"
                                + Section.CNCF.title(l)
                                + "* · "
                                + w(l, "levels 1-4", "niveaux 1 à 4")))
                    .fields(cncf)));

    if (!a.priorities().isEmpty()) {
      StringBuilder first =
          new StringBuilder("*" + w(l, "What to improve first", "Par quoi commencer") + "*");
      int i = 1;
      for (Assessment.Priority p : a.priorities()) {
        Question q = questionnaire.question(p.question()).orElseThrow();
        first
            .append('\n')
            .append(i++)
            .append(". *")
            .append(MrkdwnWriter.escape(q.name(l)))
            .append("*: ")
            .append(
                MrkdwnWriter.escape(
                    q.choice(a.result(q.id()).orElseThrow().choice()).label().in(l)))
            .append(" → ")
            .append(MrkdwnWriter.escape(p.next()));
      }
      blocks.add(divider());
      blocks.add(section(s -> s.text(markdownText(first.toString()))));
    }
    String mode =
        n == null || "offline".equals(n.mode())
            ? w(
                l,
                "Written from the scores without an LLM.",
                "Rédigé à partir des scores, sans LLM.")
            : w(
                l,
                "Summary written by an LLM from the knowledge base.",
                "Synthèse rédigée par un LLM à partir de la base de connaissances.");
    blocks.add(
        context(
            List.of(
                markdownText(
                    "%s %s `%s`%s"
                        .formatted(
                            mode,
                            w(l, "Assessment", "Évaluation"),
                            a.id(),
                            w(
                                l,
                                " · the charts and the full report follow.",
                                " · les graphiques et le rapport complet suivent."))))));
    return new SlackMessage(title, blocks);
  }

  /** The narrative's Markdown (bold, lists, [n] notes) as mrkdwn. */
  static String mrkdwn(String markdown) {
    String text = MrkdwnWriter.escape(markdown.strip()).replaceAll("\\*\\*(.+?)\\*\\*", "*$1*");
    return text.length() > 2900 ? text.substring(0, 2899) + "…" : text;
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String w(Language l, String en, String fr) {
    return l == Language.FR ? fr : en;
  }
}
