package dev.platformconsultant.adr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders a draft with a template: MADR 4 (the default), Nygard's original, or a team's own file
 * with the same {@code {{placeholders}}}. Immutable, thread-safe.
 */
public final class AdrTemplate {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");

  private final String name;
  private final String text;

  private AdrTemplate(String name, String text) {
    this.name = name;
    this.text = text;
  }

  /** {@code madr}, {@code nygard}, or the path of a template file. */
  public static AdrTemplate of(String setting) {
    String s = setting == null || setting.isBlank() ? "madr" : setting.strip();
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "madr" -> new AdrTemplate("madr", resource("/adr/madr.md"));
      case "nygard" -> new AdrTemplate("nygard", resource("/adr/nygard.md"));
      default -> {
        try {
          yield new AdrTemplate(s, Files.readString(Path.of(s), StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new IllegalArgumentException(
              "ADR template '%s' cannot be read: %s".formatted(s, e.getMessage()));
        }
      }
    };
  }

  public String name() {
    return name;
  }

  /**
   * Whether records in this template keep their status in YAML front matter (MADR) or a section.
   */
  public boolean frontMatterStatus() {
    return text.stripLeading().startsWith("---") && text.contains("status:");
  }

  public String render(AdrDraft d) {
    boolean fr = d.language() == dev.platformconsultant.text.Language.FR;
    Map<String, String> values =
        Map.ofEntries(
            Map.entry("title", d.title()),
            Map.entry("status", yaml(d.status())),
            Map.entry("date", d.date().toString()),
            Map.entry("decision_makers", yaml(String.join(", ", d.decisionMakers()))),
            Map.entry("consulted", yaml(String.join(", ", d.consulted()))),
            Map.entry("informed", yaml(String.join(", ", d.informed()))),
            Map.entry("context", d.context()),
            Map.entry("drivers", bullets(d.drivers())),
            Map.entry("options", options(d, fr)),
            Map.entry("outcome", outcome(d, fr)),
            Map.entry("consequences", consequences(d, fr)),
            Map.entry("confirmation", d.confirmation()),
            Map.entry("pros_and_cons", prosAndCons(d, fr)),
            Map.entry("more_information", bullets(d.moreInformation())));
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
  }

  /** MADR wants two options at least: with fewer, the list says the team has to name them. */
  private static String options(AdrDraft d, boolean fr) {
    List<String> lines = new ArrayList<>(d.options().stream().map(AdrOption::name).toList());
    if (lines.size() < 2) {
      lines.add(
          fr
              ? "_À compléter par l'équipe : les options envisagées (deux au moins)._"
              : "_To be completed by the team: the options considered (two at least)._");
    }
    return bullets(lines);
  }

  /**
   * A proposed record states what is to be decided and argues for nothing: a recommendation in the
   * decision section reads as the decision once the file is in the log.
   */
  private static String outcome(AdrDraft d, boolean fr) {
    if (d.chosen().isBlank()) {
      List<String> names = d.options().stream().map(o -> "\"" + o.name() + "\"").toList();
      String choice =
          names.size() < 2
              ? (fr
                  ? "L'équipe doit d'abord lister les options envisagées, puis en choisir une et dire pourquoi."
                  : "The team must first list the options it considers, then choose one and say why.")
              : (fr
                      ? "L'équipe doit choisir entre %s au regard des critères de décision, puis consigner l'option retenue et pourquoi."
                      : "The team must choose between %s against the decision drivers, then record the chosen option and why.")
                  .formatted(enumeration(names, fr));
      return (fr
              ? "Proposée : aucune option n'est encore retenue. "
              : "Proposed: no option is chosen yet. ")
          + choice
          + " "
          + todo(fr);
    }
    if (d.justification().isBlank()) {
      return (fr ? "Option retenue : \"%s\". %s" : "Chosen option: \"%s\". %s")
          .formatted(
              d.chosen(),
              fr
                  ? "_À compléter par l'équipe : pourquoi cette option a été retenue._"
                  : "_To be completed by the team: why this option was chosen._");
    }
    return (fr ? "Option retenue : \"%s\", car %s" : "Chosen option: \"%s\", because %s")
        .formatted(d.chosen(), lowerFirst(d.justification(), d));
  }

  private static String enumeration(List<String> items, boolean fr) {
    return String.join(", ", items.subList(0, items.size() - 1))
        + (fr ? " et " : " and ")
        + items.getLast();
  }

  private static String consequences(AdrDraft d, boolean fr) {
    Function<String, String> good =
        c -> (fr ? "* Positif, car " : "* Good, because ") + lowerFirst(c, d);
    Function<String, String> bad =
        c -> (fr ? "* Négatif, car " : "* Bad, because ") + lowerFirst(c, d);
    String text = d.goodConsequences().stream().map(good).collect(Collectors.joining("\n"));
    String more = d.badConsequences().stream().map(bad).collect(Collectors.joining("\n"));
    String all = (text + (text.isEmpty() || more.isEmpty() ? "" : "\n") + more).strip();
    return all.isEmpty() ? todo(fr) : all;
  }

  private static String todo(boolean fr) {
    return fr ? "_À compléter par l'équipe._" : "_To be completed by the team._";
  }

  private static String prosAndCons(AdrDraft d, boolean fr) {
    StringBuilder out = new StringBuilder();
    for (AdrOption o : d.options()) {
      out.append("### ").append(o.name()).append("\n\n");
      if (!o.description().isBlank()) {
        out.append(o.description()).append("\n\n");
      }
      if (o.pros().isEmpty() && o.cons().isEmpty()) {
        // A section with no argument reads as finished; the team must see there is something to
        // write, description or not.
        out.append(todo(fr)).append("\n\n");
      }
      o.pros()
          .forEach(
              p ->
                  out.append(fr ? "* Positif, car " : "* Good, because ")
                      .append(lowerFirst(p, d))
                      .append('\n'));
      o.cons()
          .forEach(
              c ->
                  out.append(fr ? "* Négatif, car " : "* Bad, because ")
                      .append(lowerFirst(c, d))
                      .append('\n'));
      if (!o.sources().isEmpty()) {
        out.append('\n')
            .append(fr ? "Base de connaissances : " : "Knowledge base: ")
            .append(String.join("; ", o.sources()))
            .append(".\n");
      }
      out.append('\n');
    }
    return out.toString().strip();
  }

  private static String bullets(List<String> items) {
    return items.stream().map(i -> "* " + i).collect(Collectors.joining("\n"));
  }

  /**
   * An argument after "because": lower-cased first letter, unless it opens with a name ("Kafka
   * gives…", "ApplicationSet for…") that must keep its capital.
   */
  private static String lowerFirst(String s, AdrDraft d) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    String first = s.split("[\\s,.;:]", 2)[0];
    boolean name =
        first.length() > 1
                && !first.substring(1).equals(first.substring(1).toLowerCase(Locale.ROOT))
            || d.options().stream().anyMatch(o -> s.startsWith(o.name()));
    return name ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** A YAML scalar: plain when safe, double-quoted when it would be misread. */
  static String yaml(String value) {
    if (value.isEmpty()) {
      return "";
    }
    if (value.matches("[A-Za-z0-9][^:#\\n\"]*") && !value.endsWith(" ")) {
      return value;
    }
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String resource(String path) {
    try (InputStream in = AdrTemplate.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
