package dev.platformconsultant.discovery;

import dev.platformconsultant.discovery.DiscoveryQuestions.Section;
import dev.platformconsultant.text.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of a discovery interview as {@code project-context.md}: one section per topic, each
 * answer as bullets in the team's words, what was not said marked so. The consultant treats this
 * file as the only source of facts about the team, so nothing is added to what was answered.
 */
public final class ProjectContextWriter {
  private ProjectContextWriter() {}

  /**
   * @param answers question id → the answer (already redacted); absent or blank when skipped
   */
  public static String render(Map<String, String> answers, Language l, LocalDate date) {
    String organisation = answers.getOrDefault("organisation", "").strip();
    if (organisation.length() > 80 || organisation.contains("\n")) {
      organisation = "";
    }
    StringBuilder md = new StringBuilder();
    md.append("<!-- ")
        .append(
            (l == Language.FR
                    ? "Écrit par `consultant discover` le %s à partir d'un entretien. Modifiez-le librement : le consultant le lit comme la seule source de faits sur l'équipe."
                    : "Written by `consultant discover` on %s from an interview. Edit it freely: the consultant reads it as the only source of facts about the team.")
                .formatted(date))
        .append(" -->\n\n");
    md.append("# ")
        .append(l == Language.FR ? "Contexte du projet" : "Project context")
        .append(organisation.isEmpty() ? "" : ": " + organisation)
        .append("\n");
    Map<Section, List<String>> bySection = new LinkedHashMap<>();
    for (Section s : Section.values()) {
      bySection.put(s, new ArrayList<>());
    }
    for (DiscoveryQuestions.Entry q : DiscoveryQuestions.ALL) {
      String answer = answers.getOrDefault(q.id(), "").strip();
      if (answer.isEmpty()) {
        continue;
      }
      if (q.id().equals("organisation")) {
        bySection
            .get(q.section())
            .add((l == Language.FR ? "Organisation : " : "Organisation: ") + answer);
      } else {
        bySection.get(q.section()).addAll(bullets(answer));
      }
    }
    for (var e : bySection.entrySet()) {
      md.append("\n## ").append(e.getKey().title(l)).append("\n");
      if (e.getValue().isEmpty()) {
        md.append(l == Language.FR ? "- _Pas encore renseigné._\n" : "- _Not said yet._\n");
      }
      for (String b : e.getValue()) {
        md.append("- ").append(b).append('\n');
      }
    }
    return md.toString();
  }

  /** An answer's sentences or semicolon-separated parts, one bullet each. */
  private static List<String> bullets(String answer) {
    List<String> bullets = new ArrayList<>();
    for (String line : answer.split("\\s*(?:\\n+|;\\s+)\\s*")) {
      String b = line.strip().replaceFirst("^[-*•]\\s*", "");
      if (!b.isEmpty()) {
        bullets.add(b);
      }
    }
    return bullets;
  }
}
