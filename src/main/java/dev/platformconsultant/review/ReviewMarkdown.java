package dev.platformconsultant.review;

import dev.platformconsultant.text.Language;
import java.util.List;

/** A review as Markdown, for the terminal, Slack (through the Block Kit renderer) and files. */
public final class ReviewMarkdown {
  private ReviewMarkdown() {}

  public static String render(Review review) {
    boolean fr = review.language() == Language.FR;
    StringBuilder out = new StringBuilder();
    out.append(fr ? "## Revue de design\n\n" : "## Design review\n\n");
    review.warning().ifPresent(w -> out.append("_").append(w).append("_\n\n"));
    out.append(review.summary()).append("\n\n");
    section(out, fr ? "Points forts" : "Strengths", review.strengths());
    out.append("### ").append(fr ? "Constats" : "Findings").append("\n\n");
    if (review.findings().isEmpty()) {
      out.append(fr ? "Aucun constat.\n\n" : "No finding.\n\n");
    }
    int n = 1;
    for (Finding f : review.findings()) {
      // A sub-list belongs to item "10." only when indented past its marker: three spaces would
      // end the numbered list at the tenth finding.
      String marker = n++ + ". ";
      String sub = " ".repeat(marker.length()) + "- ";
      out.append(marker)
          .append("**[")
          .append(f.severity().label(review.language()).toUpperCase(java.util.Locale.ROOT))
          .append("] ")
          .append(f.title())
          .append("** — _")
          .append(f.area().title(review.language()))
          .append("_\n");
      if (!f.evidence().isBlank()) {
        out.append(sub).append(fr ? "Constat : " : "Evidence: ").append(f.evidence()).append('\n');
      }
      if (!f.recommendation().isBlank()) {
        out.append(sub)
            .append(fr ? "Recommandation : " : "Recommendation: ")
            .append(f.recommendation())
            .append('\n');
      }
      if (!f.source().isBlank()) {
        out.append(sub).append(fr ? "Source : `" : "Source: `").append(f.source()).append("`\n");
      }
    }
    out.append('\n');
    section(out, fr ? "Questions pour l'équipe" : "Questions for the team", review.questions());
    section(out, fr ? "Hors périmètre" : "Not applicable", review.notApplicable());
    out.append("### ").append(fr ? "Priorités" : "Priorities").append("\n\n");
    list(out, fr ? "**Quick wins**" : "**Quick wins**", review.quickWins());
    list(out, fr ? "**Plus long terme**" : "**Longer term**", review.longerTerm());
    return out.toString().strip();
  }

  private static void section(StringBuilder out, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.append("### ").append(title).append("\n\n");
    items.forEach(i -> out.append("- ").append(i).append('\n'));
    out.append('\n');
  }

  private static void list(StringBuilder out, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.append(title).append("\n\n");
    int n = 1;
    for (String i : items) {
      out.append(n++).append(". ").append(i).append('\n');
    }
    out.append('\n');
  }
}
