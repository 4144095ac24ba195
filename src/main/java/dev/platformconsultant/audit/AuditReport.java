package dev.platformconsultant.audit;

import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.text.Language;
import java.util.List;

/**
 * The audit as Markdown, in the structure of the audit-report-swot template: executive summary,
 * scope and method, current state, SWOT, risks, recommendations, and the evidence every item points
 * to ({@code [E3]}), so the reader can check each claim.
 */
public final class AuditReport {
  private final KnowledgeBase knowledge;

  public AuditReport(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  public String render(Audit a) {
    Language l = "fr".equals(a.language()) ? Language.FR : Language.EN;
    StringBuilder md = new StringBuilder();
    md.append("# ")
        .append(w(l, "Platform audit: ", "Audit de la plateforme : "))
        .append(a.team())
        .append(" (")
        .append(a.date())
        .append(")\n\n");
    md.append("_").append(w(l, "Audit ", "Audit ")).append(a.id()).append("_\n\n");
    if (a.warning() != null) {
      md.append("> ").append(a.warning()).append("\n\n");
    }
    md.append("## ").append(w(l, "Executive summary", "Synthèse")).append("\n\n");
    md.append(a.summary().strip()).append("\n\n");
    if ("offline".equals(a.mode())) {
      md.append("_")
          .append(
              w(
                  l,
                  "Written from the evidence below without an LLM: scores, quoted findings and the knowledge base's remedies.",
                  "Rédigé sans LLM à partir des éléments ci-dessous : scores, constats cités et remèdes de la base de connaissances."))
          .append("_\n\n");
    }
    if (!a.currentState().isEmpty()) {
      md.append("## ").append(w(l, "Current state", "État des lieux")).append("\n\n");
      a.currentState().forEach(line -> md.append("- ").append(line).append('\n'));
      md.append('\n');
    }
    md.append("## SWOT\n\n");
    swot(md, w(l, "Strengths", "Forces"), a.strengths(), l);
    swot(md, w(l, "Weaknesses", "Faiblesses"), a.weaknesses(), l);
    swot(md, w(l, "Opportunities", "Opportunités"), a.opportunities(), l);
    swot(md, w(l, "Threats", "Menaces"), a.threats(), l);
    if (!a.risks().isEmpty()) {
      md.append("## ")
          .append(w(l, "Risks, by consequence", "Risques, par conséquence"))
          .append("\n\n");
      md.append(
          w(
              l,
              "| # | Risk | Severity | Consequence | Evidence |\n|---|---|---|---|---|\n",
              "| # | Risque | Gravité | Conséquence | Preuve |\n|---|---|---|---|---|\n"));
      int i = 1;
      for (Audit.Risk r : a.risks()) {
        md.append("| ")
            .append(i++)
            .append(" | ")
            .append(cell(r.text()))
            .append(" | ")
            .append(r.severity())
            .append(" | ")
            .append(cell(r.consequence()))
            .append(" | ")
            .append(refs(r.evidence()))
            .append(" |\n");
      }
      md.append('\n');
    }
    if (!a.recommendations().isEmpty()) {
      md.append("## ").append(w(l, "Recommendations", "Recommandations")).append("\n\n");
      int i = 1;
      for (Audit.Recommendation r : a.recommendations()) {
        md.append(i++).append(". ").append(r.text().strip());
        if (!r.addresses().isEmpty()) {
          md.append(w(l, " Addresses ", " Répond à ")).append(refs(r.addresses())).append('.');
        }
        if (!r.passages().isEmpty()) {
          md.append(w(l, " Read: ", " À lire : "))
              .append(
                  String.join(
                      w(l, "; ", " ; "),
                      r.passages().stream().map(p -> passageName(p, l)).toList()))
              .append('.');
        }
        md.append('\n');
      }
      md.append(
          w(
              l,
              "\n`consultant roadmap` turns these into a sequenced plan; `consultant business-case` puts figures on them.\n\n",
              "\n`consultant roadmap` en fait un plan séquencé ; `consultant business-case` les chiffre.\n\n"));
    }
    if ("llm".equals(a.mode()) && !a.passages().isEmpty()) {
      md.append("## Sources\n\n");
      for (int i = 0; i < a.passages().size(); i++) {
        md.append("[")
            .append(i + 1)
            .append("] ")
            .append(passageName(a.passages().get(i), l))
            .append("\n");
      }
      md.append('\n');
    }
    md.append("## ").append(w(l, "Evidence", "Preuves")).append("\n\n");
    md.append(
        w(
            l,
            "| Id | Kind | Source | Fact |\n|---|---|---|---|\n",
            "| Id | Nature | Source | Fait |\n|---|---|---|---|\n"));
    for (Evidence e : a.evidence()) {
      md.append("| ")
          .append(e.id())
          .append(" | ")
          .append(kind(e.kind(), l))
          .append(" | ")
          .append(cell(e.source()))
          .append(" | ")
          .append(cell(e.text()))
          .append(" |\n");
    }
    md.append('\n');
    return md.toString();
  }

  private static void swot(StringBuilder md, String title, List<Audit.Item> items, Language l) {
    md.append("### ").append(title).append("\n\n");
    if (items.isEmpty()) {
      md.append(w(l, "_None found in the evidence._", "_Aucun élément dans les preuves._"))
          .append("\n\n");
      return;
    }
    for (Audit.Item item : items) {
      md.append("- ")
          .append(item.text().strip())
          .append(' ')
          .append(refs(item.evidence()))
          .append('\n');
    }
    md.append('\n');
  }

  private String passageName(String id, Language l) {
    return knowledge
        .translated(id, l)
        .or(() -> knowledge.passage(id))
        .map(AuditReport::name)
        .orElse("`" + id + "`");
  }

  private static String name(Passage p) {
    return p.title() + (p.heading().isBlank() ? "" : " › " + p.heading()) + " (`" + p.id() + "`)";
  }

  private static String refs(List<String> ids) {
    return ids.isEmpty() ? "" : "[" + String.join(", ", ids) + "]";
  }

  private static String kind(Evidence.Kind kind, Language l) {
    return switch (kind) {
      case ASSESSMENT -> w(l, "assessment", "évaluation");
      case REVIEW -> w(l, "design review", "revue de conception");
      case NOTE -> w(l, "notes", "notes");
      case SCAN -> w(l, "repository scan", "analyse du dépôt");
    };
  }

  /** Text in a table cell: one line, no pipe to split the row. */
  static String cell(String text) {
    return text.replace("\r", " ").replace("\n", " ").replace("|", "\\|").strip();
  }

  private static String w(Language l, String en, String fr) {
    return l == Language.FR ? fr : en;
  }
}
