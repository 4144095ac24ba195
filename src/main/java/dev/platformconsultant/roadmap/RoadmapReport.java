package dev.platformconsultant.roadmap;

import dev.platformconsultant.text.Language;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The roadmap as Markdown (the 0-30 / 30-90 days and 3-12 months plan, the matrix, the metrics to
 * watch) and as CSV for a tracker.
 */
public final class RoadmapReport {
  private RoadmapReport() {}

  public static String markdown(Roadmap r, boolean withMatrix) {
    return markdown(r, withMatrix, RoadmapNarrator.Rationale.none());
  }

  /** The roadmap, with the LLM's explanation of its order when there is one. */
  public static String markdown(Roadmap r, boolean withMatrix, RoadmapNarrator.Rationale why) {
    Language l = "fr".equals(r.language()) ? Language.FR : Language.EN;
    StringBuilder md = new StringBuilder();
    md.append("# ")
        .append(w(l, "Roadmap: ", "Feuille de route : "))
        .append(r.team())
        .append(" (")
        .append(r.date())
        .append(")\n\n");
    md.append("_")
        .append(
            w(
                    l,
                    "From audit %s. One scoring method for every item: impact (1 to 5, from the severity of what it addresses) ÷ effort in person-weeks (days = 1, weeks = 4, months = 12). Owners are proposals by Team Topologies team type: confirm them with the teams.",
                    "Issue de l'audit %s. Une seule méthode de score pour chaque élément : impact (1 à 5, selon la gravité de ce qu'il traite) ÷ effort en semaines-personne (jours = 1, semaines = 4, mois = 12). Les responsables sont des propositions par type d'équipe (Team Topologies) : à confirmer avec les équipes.")
                .formatted(r.auditId()))
        .append("_\n\n");
    if (why.warning() != null) {
      md.append("> ").append(why.warning()).append("\n\n");
    }
    if ("llm".equals(why.mode()) && !why.text().isBlank()) {
      md.append("## ").append(w(l, "Why this order", "Pourquoi cet ordre")).append("\n\n");
      md.append(why.text().strip()).append("\n\n");
      md.append("_")
          .append(
              w(
                  l,
                  "Written by an LLM from the plan below, which it does not change.",
                  "Rédigé par un LLM à partir du plan ci-dessous, qu'il ne modifie pas."))
          .append("_\n\n");
    }
    horizon(
        md,
        r,
        "0-30",
        w(
            l,
            "0–30 days: quick wins and first steps",
            "0 à 30 jours : gains rapides et premiers pas"),
        l);
    horizon(md, r, "30-90", w(l, "30–90 days", "30 à 90 jours"), l);
    horizon(
        md,
        r,
        "3-12",
        w(l, "3–12 months: structural changes", "3 à 12 mois : changements de fond"),
        l);
    if (withMatrix) {
      md.append("## ").append(w(l, "Impact and effort", "Impact et effort")).append("\n\n");
      md.append("![")
          .append(w(l, "Impact/effort matrix", "Matrice impact/effort"))
          .append("](matrix.png)\n\n");
    }
    md.append("## ")
        .append(w(l, "How progress will show", "Comment mesurer l'avancement"))
        .append("\n\n");
    md.append(
        w(
            l,
            """
            - Each item is done when the evidence it answers is gone: the finding no longer appears in a review of the updated design, the score has moved in the next assessment.
            - Re-run `consultant assess` at the end of each stage (30, 90 days, then quarterly): the report shows the change per DORA metric and CNCF aspect.
            - Limit work in progress to what the teams can run: start the next stage's items when the current stage's are done.
            """,
            """
            - Un élément est terminé quand la preuve qu'il traite a disparu : le constat n'apparaît plus dans la revue de la conception mise à jour, le score a bougé à l'évaluation suivante.
            - Relancez `consultant assess` à la fin de chaque étape (30, 90 jours, puis chaque trimestre) : le rapport montre l'évolution par métrique DORA et aspect CNCF.
            - Limitez le travail en cours à ce que les équipes peuvent absorber : commencez les éléments de l'étape suivante quand ceux de l'étape en cours sont faits.
            """));
    md.append('\n');
    return md.toString();
  }

  private static void horizon(
      StringBuilder md, Roadmap r, String horizon, String title, Language l) {
    List<RoadmapItem> items = r.in(horizon);
    md.append("## ").append(title).append("\n\n");
    if (items.isEmpty()) {
      md.append(w(l, "_Nothing planned here._", "_Rien de prévu ici._")).append("\n\n");
      return;
    }
    md.append(
        w(
            l,
            "| # | Item | Impact | Effort | Score | Risk reduced | Owner | After | Evidence |\n",
            "| # | Élément | Impact | Effort | Score | Risque réduit | Responsable | Après | Preuves |\n"));
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    for (RoadmapItem i : items) {
      md.append("| ")
          .append(i.number())
          .append(i.quickWin() ? " ★" : "")
          .append(" | ")
          .append(cell(i.title()))
          .append(" | ")
          .append(i.impact())
          .append(" | ")
          .append(effort(i.effort(), l))
          .append(" | ")
          .append(number(i.score(), l))
          .append(" | ")
          .append(risk(i.risk(), l))
          .append(" | ")
          .append(owner(i.owner(), l))
          .append(" | ")
          .append(
              i.dependsOn().isEmpty()
                  ? "–"
                  : i.dependsOn().stream().map(String::valueOf).collect(Collectors.joining(", ")))
          .append(" | ")
          .append(String.join(", ", i.evidence()))
          .append(" |\n");
    }
    md.append('\n');
    if (horizon.equals("0-30") && items.stream().anyMatch(RoadmapItem::quickWin)) {
      md.append(
              w(
                  l,
                  "★ quick win: high impact, days of work.",
                  "★ gain rapide : fort impact, quelques jours de travail."))
          .append("\n\n");
    }
  }

  /** RFC 4180 CSV, one item a row, for a tracker's import. */
  public static String csv(Roadmap r) {
    StringBuilder csv =
        new StringBuilder(
            "number,title,horizon,impact,effort,score,risk_reduced,owner,depends_on,evidence,passages\r\n");
    for (RoadmapItem i : r.items()) {
      csv.append(
              String.join(
                  ",",
                  String.valueOf(i.number()),
                  quote(i.title()),
                  i.horizon(),
                  String.valueOf(i.impact()),
                  i.effort(),
                  String.format(Locale.ROOT, "%.2f", i.score()),
                  i.risk(),
                  i.owner(),
                  quote(
                      i.dependsOn().stream().map(String::valueOf).collect(Collectors.joining(" "))),
                  quote(String.join(" ", i.evidence())),
                  quote(String.join(" ", i.passages()))))
          .append("\r\n");
    }
    return csv.toString();
  }

  static String quote(String field) {
    boolean needs =
        field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
    // A leading =, +, - or @ would run as a formula in a spreadsheet: quoted with a leading '.
    String safe = field.matches("^[=+\\-@].*") ? "'" + field : field;
    return needs || !safe.equals(field) ? "\"" + safe.replace("\"", "\"\"") + "\"" : field;
  }

  private static String effort(String effort, Language l) {
    return switch (effort) {
      case "days" -> w(l, "days", "jours");
      case "weeks" -> w(l, "weeks", "semaines");
      default -> w(l, "months", "mois");
    };
  }

  private static String risk(String risk, Language l) {
    if (l == Language.EN) {
      return risk;
    }
    return switch (risk) {
      case "critical" -> "critique";
      case "high" -> "élevé";
      case "medium" -> "moyen";
      default -> "faible";
    };
  }

  private static String owner(String owner, Language l) {
    return switch (owner) {
      case "platform" -> w(l, "platform team", "équipe plateforme");
      case "enabling" -> w(l, "enabling team", "équipe d'appui (enabling)");
      default -> w(l, "stream-aligned team", "équipe alignée sur le flux");
    };
  }

  private static String number(double value, Language l) {
    String s =
        String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    return l == Language.FR ? s.replace('.', ',') : s;
  }

  private static String cell(String text) {
    return text.replace("\n", " ").replace("|", "\\|").strip();
  }

  private static String w(Language l, String en, String fr) {
    return l == Language.FR ? fr : en;
  }
}
