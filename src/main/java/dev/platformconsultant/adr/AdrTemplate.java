package dev.platformconsultant.adr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
            Map.entry(
                "options",
                bullets(
                    d.options().stream()
                        .map(
                            o ->
                                o.name()
                                    + (o.source().isEmpty()
                                        ? ""
                                        : fr
                                            ? " (suggérée par la base de connaissances, `"
                                                + o.source()
                                                + "`)"
                                            : " (suggested by the knowledge base, `"
                                                + o.source()
                                                + "`)"))
                        .toList())),
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

  private static String outcome(AdrDraft d, boolean fr) {
    if (d.chosen().isBlank()) {
      return (fr
              ? "Proposée : aucune option n'est encore retenue. "
              : "Proposed: no option is chosen yet. ")
          + d.justification();
    }
    return (fr ? "Option retenue : \"%s\", car %s" : "Chosen option: \"%s\", because %s")
        .formatted(d.chosen(), lowerFirst(d.justification()));
  }

  private static String consequences(AdrDraft d, boolean fr) {
    Function<String, String> good =
        c -> (fr ? "* Positif, car " : "* Good, because ") + lowerFirst(c);
    Function<String, String> bad =
        c -> (fr ? "* Négatif, car " : "* Bad, because ") + lowerFirst(c);
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
      } else if (o.pros().isEmpty() && o.cons().isEmpty()) {
        // An empty heading reads as finished; the team must see there is something to write.
        out.append(todo(fr)).append("\n\n");
      }
      o.pros()
          .forEach(
              p ->
                  out.append(fr ? "* Positif, car " : "* Good, because ")
                      .append(lowerFirst(p))
                      .append('\n'));
      o.cons()
          .forEach(
              c ->
                  out.append(fr ? "* Négatif, car " : "* Bad, because ")
                      .append(lowerFirst(c))
                      .append('\n'));
      out.append('\n');
    }
    return out.toString().strip();
  }

  private static String bullets(List<String> items) {
    return items.stream().map(i -> "* " + i).collect(Collectors.joining("\n"));
  }

  private static String lowerFirst(String s) {
    if (s == null || s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1)))) {
      return s == null ? "" : s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
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
