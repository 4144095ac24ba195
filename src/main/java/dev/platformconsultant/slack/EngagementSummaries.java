package dev.platformconsultant.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import dev.platformconsultant.audit.Audit;
import dev.platformconsultant.businesscase.BusinessCase;
import dev.platformconsultant.businesscase.BusinessCaseReport;
import dev.platformconsultant.roadmap.Roadmap;
import dev.platformconsultant.roadmap.RoadmapItem;
import dev.platformconsultant.text.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * The engagement's documents as Slack messages: the audit (summary, SWOT, first risks and a button
 * to plan the roadmap) and the roadmap (its three horizons). The documents themselves follow as
 * files.
 */
final class EngagementSummaries {
  static final String ACTION_ROADMAP = "roadmap_from_audit";
  private static final int FIELD = 1900;

  private EngagementSummaries() {}

  static SlackMessage audit(Audit a) {
    boolean fr = "fr".equals(a.language());
    String title = (fr ? "Audit de la plateforme : " : "Platform audit: ") + a.team();
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText(clip(title, 150)))));
    if (a.warning() != null) {
      blocks.add(context(List.of(markdownText(":warning: " + MrkdwnWriter.escape(a.warning())))));
    }
    blocks.add(
        section(s -> s.text(markdownText(clip(AssessmentSummary.mrkdwn(a.summary()), 2900)))));
    List<TextObject> swot = new ArrayList<>();
    swot.add(quadrant(fr ? "Forces" : "Strengths", a.strengths()));
    swot.add(quadrant(fr ? "Faiblesses" : "Weaknesses", a.weaknesses()));
    swot.add(quadrant(fr ? "Opportunités" : "Opportunities", a.opportunities()));
    swot.add(quadrant(fr ? "Menaces" : "Threats", a.threats()));
    blocks.add(section(s -> s.text(markdownText("*SWOT*")).fields(swot)));
    if (!a.risks().isEmpty()) {
      StringBuilder risks =
          new StringBuilder(
              "*" + (fr ? "Risques, par conséquence" : "Risks, by consequence") + "*");
      int i = 1;
      for (Audit.Risk r : a.risks().stream().limit(3).toList()) {
        risks
            .append('\n')
            .append(i++)
            .append(". *")
            .append(r.severity())
            .append("* ")
            .append(MrkdwnWriter.escape(r.text()));
      }
      blocks.add(section(s -> s.text(markdownText(clip(risks.toString(), 2900)))));
    }
    blocks.add(
        actions(
            List.of(
                button(
                    b ->
                        b.actionId(ACTION_ROADMAP)
                            .value(a.id())
                            .style("primary")
                            .text(
                                plainText(
                                    fr ? "Planifier la feuille de route" : "Plan the roadmap"))))));
    blocks.add(
        context(
            List.of(
                markdownText(
                    ("offline".equals(a.mode())
                            ? (fr
                                ? "Rédigé sans LLM, à partir des preuves."
                                : "Written from the evidence without an LLM.")
                            : (fr
                                ? "Rédigé par un LLM à partir des preuves."
                                : "Written by an LLM from the evidence."))
                        + " Audit `"
                        + a.id()
                        + "`"
                        + (fr
                            ? " · le rapport complet suit (Markdown et HTML)."
                            : " · the full report follows (Markdown and HTML).")))));
    return new SlackMessage(title, blocks);
  }

  static SlackMessage roadmap(Roadmap r) {
    boolean fr = "fr".equals(r.language());
    String title = (fr ? "Feuille de route : " : "Roadmap: ") + r.team();
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText(clip(title, 150)))));
    for (String horizon : List.of("0-30", "30-90", "3-12")) {
      List<RoadmapItem> items = r.in(horizon);
      if (items.isEmpty()) {
        continue;
      }
      StringBuilder text =
          new StringBuilder("*")
              .append(
                  switch (horizon) {
                    case "0-30" -> fr ? "0 à 30 jours" : "0–30 days";
                    case "30-90" -> fr ? "30 à 90 jours" : "30–90 days";
                    default -> fr ? "3 à 12 mois" : "3–12 months";
                  })
              .append("*");
      for (RoadmapItem i : items) {
        text.append('\n')
            .append(i.number())
            .append(". ")
            .append(i.quickWin() ? "★ " : "")
            .append(MrkdwnWriter.escape(clip(i.title(), 180)))
            .append(" _(")
            .append(fr ? "impact " : "impact ")
            .append(i.impact())
            .append(", ")
            .append(i.effort())
            .append(", ")
            .append(i.owner())
            .append(i.dependsOn().isEmpty() ? "" : (fr ? ", après " : ", after ") + i.dependsOn())
            .append(")_");
      }
      blocks.add(section(s -> s.text(markdownText(clip(text.toString(), 2900)))));
    }
    blocks.add(
        context(
            List.of(
                markdownText(
                    (fr
                            ? "Issue de l'audit `%s` · la matrice impact/effort, le CSV et le document suivent."
                            : "From audit `%s` · the impact/effort matrix, the CSV and the document follow.")
                        .formatted(r.auditId())))));
    return new SlackMessage(title, blocks);
  }

  static SlackMessage businessCase(BusinessCase bc) {
    Language l = bc.inputs().language();
    boolean fr = l == Language.FR;
    String currency = bc.inputs().currency();
    String title =
        (fr ? "Étude de rentabilité : " : "Business case: ") + bc.inputs().organisation();
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText(clip(title, 150)))));
    List<TextObject> fields = new ArrayList<>();
    for (BusinessCase.Scenario s : bc.scenarios()) {
      fields.add(
          markdownText(
              "*%s* (× %s)\n%s %s\n%s %s\n%s %s\nROI %s"
                  .formatted(
                      s.kind().title(l),
                      number(s.multiplier(), l),
                      fr ? "Retour simple :" : "Simple payback:",
                      s.simplePaybackMonths() == null
                          ? "–"
                          : number(s.simplePaybackMonths().doubleValue(), l)
                              + (fr ? " mois" : " months"),
                      fr ? "Point mort :" : "Break-even:",
                      s.breakEvenMonth() == null
                          ? (fr ? "pas dans l'horizon" : "not within the horizon")
                          : (fr ? "mois " : "month ") + s.breakEvenMonth(),
                      fr ? "VAN :" : "NPV:",
                      BusinessCaseReport.money(l, currency, s.npv()),
                      s.roi() == null ? "–" : percent(s.roi().doubleValue(), l))));
    }
    blocks.add(
        section(
            s ->
                s.text(
                        markdownText(
                            (fr
                                    ? "Coût de la première année *%s* · gains à plein régime *%s* par an · horizon %d ans, actualisation %s."
                                    : "First-year cost *%s* · benefits at full adoption *%s* a year · horizon %d years, discounted at %s.")
                                .formatted(
                                    BusinessCaseReport.money(
                                        l, currency, bc.basis().firstYearCost()),
                                    BusinessCaseReport.money(
                                        l, currency, bc.basis().benefitsPerYear()),
                                    bc.inputs().horizonYears(),
                                    percent(bc.inputs().discountRate(), l))))
                    .fields(fields)));
    blocks.add(
        context(
            List.of(
                markdownText(
                    fr
                        ? "Chaque chiffre vient des données saisies ; les hypothèses à confirmer, et par qui, sont dans le document qui suit. `"
                            + bc.id()
                            + "`"
                        : "Every figure comes from the inputs; the assumptions to confirm, and who confirms each, are in the document that follows. `"
                            + bc.id()
                            + "`"))));
    return new SlackMessage(title, blocks);
  }

  private static String number(double value, Language l) {
    String s =
        value == Math.rint(value)
            ? String.valueOf((long) value)
            : String.format(java.util.Locale.ROOT, "%.1f", value);
    return l == Language.FR ? s.replace('.', ',') : s;
  }

  private static String percent(double ratio, Language l) {
    return number(Math.round(ratio * 1000) / 10.0, l) + (l == Language.FR ? " %" : "%");
  }

  private static TextObject quadrant(String title, List<Audit.Item> items) {
    StringBuilder text = new StringBuilder("*" + title + "*");
    if (items.isEmpty()) {
      text.append("\n–");
    }
    for (Audit.Item item : items.stream().limit(2).toList()) {
      text.append("\n• ").append(MrkdwnWriter.escape(clip(item.text(), 300)));
    }
    return markdownText(clip(text.toString(), FIELD));
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
