package dev.platformconsultant.review;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A design read as sentences, the unit a reviewer quotes. Markdown structure decides where a
 * sentence can start (a heading, a list item, a table row, a line of code each start one); inside a
 * paragraph, line wraps are joined and a word hyphenated across a line break ("Big-\nbang") is
 * joined back. Each sentence keeps the heading it sits under, so a reviewer can tell what the
 * design says about its own scope. Immutable.
 */
record DesignText(List<Sentence> sentences) {
  private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+•]|\\d+[.)])\\s+(.*)$");
  private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?[\\s:|-]+\\|?\\s*$");
  // A sentence ends at . ! ? followed by a space and what starts a new sentence; "e.g. the" and
  // "v1.2" stay whole because a lower-case word or a digit right after the dot does not split.
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}«\"“`(\\[])");

  /** Headings under which a design states what it is and what it leaves out. */
  private static final Pattern SCOPE_HEADING =
      Pattern.compile(
          "(?i)scope|context|overview|summary|background|goals|purpose|introduction|"
              + "p[ée]rim[èe]tre|contexte|objectifs?|r[ée]sum[ée]|enjeux|pr[ée]sentation");

  DesignText {
    sentences = List.copyOf(sentences);
  }

  /**
   * One sentence of the design.
   *
   * @param text as written, with line wraps joined: what a finding quotes
   * @param folded lower case, accents and typographic quotes folded: what phrases are matched on
   * @param heading the heading it sits under, empty before the first heading
   * @param scope whether it is where a design states its scope (the title, the text before the
   *     first section, or a section such as "Context" or "Scope")
   */
  record Sentence(String text, String folded, String heading, boolean scope) {}

  static DesignText of(String design) {
    List<Sentence> out = new ArrayList<>();
    String heading = "";
    boolean scope = true;
    boolean inCode = false;
    StringBuilder unit = new StringBuilder();
    for (String raw : design.replace("\r\n", "\n").split("\n", -1)) {
      if (FENCE.matcher(raw).find()) {
        flush(unit, heading, scope, out);
        inCode = !inCode;
        continue;
      }
      if (inCode) {
        // A line of configuration is a statement of its own ("password: hunter2").
        add(raw.strip(), heading, scope, out);
        continue;
      }
      var h = HEADING.matcher(raw);
      if (h.matches()) {
        flush(unit, heading, scope, out);
        heading = h.group(2).strip();
        // The title belongs to the scope; a second-level section does when its name says so.
        scope = h.group(1).length() == 1 || SCOPE_HEADING.matcher(heading).find();
        if (h.group(1).length() == 1) {
          add(heading, heading, true, out);
        }
        continue;
      }
      String line = raw.strip();
      if (line.isEmpty()) {
        flush(unit, heading, scope, out);
        continue;
      }
      if (line.startsWith("|")) {
        flush(unit, heading, scope, out);
        if (!TABLE_RULE.matcher(line).matches()) {
          add(
              line.replaceAll("\\s*\\|\\s*", " | ").replaceAll("^\\|\\s*|\\s*\\|$", ""),
              heading,
              scope,
              out);
        }
        continue;
      }
      line = line.replaceFirst("^>\\s*", "");
      var item = LIST_ITEM.matcher(line);
      if (item.matches()) {
        flush(unit, heading, scope, out);
        line = item.group(1);
      }
      join(unit, line);
    }
    flush(unit, heading, scope, out);
    return new DesignText(out);
  }

  /** Lower case, accents and typographic marks folded, inline code marks dropped. */
  static String fold(String text) {
    String s =
        Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replace('’', '\'')
            .replace('‘', '\'')
            .replace('‐', '-')
            .replace('‑', '-')
            .replaceAll("[`*_]", " ")
            .replaceAll("[«»“”]", "\"");
    return s.replaceAll("\\s+", " ").strip();
  }

  /** A wrapped line joins the one before it; a word hyphenated across the break is rejoined. */
  private static void join(StringBuilder unit, String line) {
    if (unit.isEmpty()) {
      unit.append(line);
    } else if (unit.length() > 1
        && unit.charAt(unit.length() - 1) == '-'
        && Character.isLetter(unit.charAt(unit.length() - 2))
        && Character.isLetter(line.charAt(0))) {
      unit.append(line);
    } else {
      unit.append(' ').append(line);
    }
  }

  private static void flush(StringBuilder unit, String heading, boolean scope, List<Sentence> out) {
    if (unit.isEmpty()) {
      return;
    }
    for (String s : SENTENCE_END.split(unit.toString())) {
      add(s, heading, scope, out);
    }
    unit.setLength(0);
  }

  private static void add(String text, String heading, boolean scope, List<Sentence> out) {
    String t = text.strip();
    if (!t.isEmpty()) {
      out.add(new Sentence(t, fold(t), heading, scope));
    }
  }
}
