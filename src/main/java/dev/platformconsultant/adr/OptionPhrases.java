package dev.platformconsultant.adr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Option names in the ways notes write them: a list item ("Kafka (MSK, we run one already)"), a
 * comparison ("Kafka vs RabbitMQ") or a question ("Argo CD or Flux?"). Names are the proper-noun
 * run next to the "vs" or "or"; a lower-case word stands alone only where nothing else does.
 * Stateless, thread-safe.
 */
final class OptionPhrases {
  /** A name, what the notes add about it, and the other names they give it. */
  record Item(String name, String description, List<String> aliases) {}

  /** "Option A: ", "Piste 2 - ": a label, not part of the name. */
  private static final Pattern OPTION_LABEL =
      Pattern.compile(
          "(?iU)^(option|piste|solution|alternative|scénario|scenario)\\s*\\w{0,2}\\s*[:\\-–—)]\\s+");

  private static final Pattern PARENTHESIS = Pattern.compile("^(.+?)\\s*\\((.+)\\)\\s*$");
  private static final Pattern SEPARATED =
      Pattern.compile("^(.{1,40}?)\\s*(?::|\\s[-–—]\\s)\\s*(.+)$");
  private static final Pattern VERSUS = Pattern.compile("(?i)\\s+(?:vs\\.?|versus)\\s+");
  private static final Pattern LISTED =
      Pattern.compile(
          "(?iU)\\b(options? (?:are|is)|choices? (?:are|is)|either|choose between|between|"
              + "options? sont|les options|choisir entre|entre)\\s+(.+)$");
  private static final Pattern OR = Pattern.compile("(?i)\\s+(?:or|ou)\\s+");
  private static final int MAX_RUN = 4;

  /** Words that open a question or a title, not a name: "Use Kafka or RabbitMQ?". */
  private static final Set<String> LEADING_WORDS =
      Set.of(
          "use",
          "using",
          "should",
          "shall",
          "do",
          "does",
          "choose",
          "choosing",
          "pick",
          "adopt",
          "move",
          "migrate",
          "switch",
          "which",
          "what",
          "is",
          "are",
          "go",
          "keep",
          "the",
          "a",
          "an",
          "between",
          "utiliser",
          "choisir",
          "passer",
          "migrer",
          "adopter",
          "faut-il",
          "quel",
          "quelle",
          "garder",
          "prendre",
          "on",
          "est-ce",
          "entre",
          "le",
          "la",
          "les",
          "un",
          "une",
          "we",
          "our",
          "nous");

  private OptionPhrases() {}

  /**
   * Where {@code text} first names an option, by its name, an alias or its name without spaces
   * ("ArgoCD"), as a whole word and ignoring case; -1 if it does not.
   */
  static int position(String text, String name, List<String> aliases) {
    int at = -1;
    List<String> names = new ArrayList<>(aliases);
    names.add(name);
    names.add(name.replace(" ", ""));
    for (String n : names) {
      if (n.isBlank()) {
        continue;
      }
      Matcher m =
          Pattern.compile(
                  "(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
              .matcher(text);
      if (m.find() && (at < 0 || m.start() < at)) {
        at = m.start();
      }
    }
    return at;
  }

  /**
   * {@code text} without the words that open a title or a question ("Should we use…"): they say
   * nothing of the subject, and a search weighs them like the words that do.
   */
  static String withoutFillers(String text) {
    StringBuilder out = new StringBuilder();
    for (String w : text.split("\\s+")) {
      String bare = w.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "").toLowerCase(Locale.ROOT);
      if (!LEADING_WORDS.contains(bare)) {
        out.append(out.isEmpty() ? "" : " ").append(w);
      }
    }
    return out.toString();
  }

  /** Whether a sentence does nothing but list options: "The options are Kafka or SQS." */
  static boolean listsOptions(String sentence) {
    return sentence.strip().matches("(?iU)^(the |les )?(options?|choices?|alternatives?)\\b.*")
        && compared(sentence).size() >= 2;
  }

  /** Whether {@code text} opens with an option's label: "Option A: Kafka", "Piste 2 - Flux". */
  static boolean isLabelled(String text) {
    return OPTION_LABEL.matcher(text.strip()).find();
  }

  /** A list item of an options section: its name, the rest as description. */
  static Item item(String text) {
    String t = OPTION_LABEL.matcher(trimEnd(text)).replaceFirst("");
    Matcher m = PARENTHESIS.matcher(t);
    if (m.matches()) {
      String inside = m.group(2).strip();
      List<String> aliases = new ArrayList<>();
      for (String part : inside.split(",")) {
        String p = part.strip();
        if (!p.isEmpty() && p.split("\\s+").length <= 3 && Character.isUpperCase(p.charAt(0))) {
          aliases.add(p);
        }
      }
      return new Item(m.group(1).strip(), sentence(inside), aliases);
    }
    m = SEPARATED.matcher(t);
    if (m.matches()) {
      return new Item(m.group(1).strip(), sentence(m.group(2)), List.of());
    }
    return new Item(t, "", List.of());
  }

  /**
   * The names a comparison, an either-or question or a sentence listing options puts side by side
   * ("Kafka vs RabbitMQ", "Argo CD or Flux?", "the options are Kafka or SQS", "choose between Kafka
   * and SQS"); empty if none.
   */
  static List<String> compared(String sentence) {
    String s = sentence.strip();
    Matcher listed = LISTED.matcher(s);
    if (listed.find()) {
      s = listed.group(2).replaceAll("(?i)\\s+(and|et)\\s+", " or ");
      s = s.endsWith("?") ? s : s.replaceAll("[.!]$", "") + "?";
    }
    String[] parts = VERSUS.split(s);
    // "monorepo vs polyrepo" names two options; "replay or not?" does not: a lower-case word is a
    // name only beside "vs".
    boolean plain = parts.length >= 2;
    if (!plain && s.endsWith("?")) {
      parts = OR.split(s.substring(0, s.length() - 1));
    }
    if (parts.length < 2) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    String[] first = parts[0].split(",");
    for (int i = 0; i < first.length; i++) {
      // "Kafka, RabbitMQ or SQS": the items before the last comma are names only when short.
      String run = trailingRun(first[i], plain);
      if (!run.isEmpty() && (i == first.length - 1 || words(first[i]).length <= MAX_RUN)) {
        names.add(run);
      }
    }
    for (int i = 1; i < parts.length; i++) {
      String run = leadingRun(parts[i], plain);
      if (!run.isEmpty()) {
        names.add(run);
      }
    }
    return names.size() >= 2 ? names : List.of();
  }

  private static String trailingRun(String text, boolean plain) {
    String[] w = words(text);
    int start = w.length;
    while (start > 0 && w.length - start < MAX_RUN && nameLike(w[start - 1])) {
      start--;
    }
    while (start < w.length && LEADING_WORDS.contains(w[start].toLowerCase(Locale.ROOT))) {
      start++;
    }
    if (start == w.length && plain && w.length > 0 && plainWord(w[w.length - 1])) {
      return w[w.length - 1];
    }
    return String.join(" ", Arrays.copyOfRange(w, start, w.length));
  }

  private static String leadingRun(String text, boolean plain) {
    String head = text.split("[,;:.!?()]", 2)[0];
    String[] w = words(head);
    int start = 0;
    while (start < w.length && LEADING_WORDS.contains(w[start].toLowerCase(Locale.ROOT))) {
      start++;
    }
    int end = start;
    while (end < w.length && end - start < MAX_RUN && nameLike(w[end])) {
      end++;
    }
    if (end == start && plain && start < w.length && plainWord(w[start])) {
      return w[start];
    }
    return String.join(" ", Arrays.copyOfRange(w, start, end));
  }

  private static String[] words(String text) {
    String t = text.strip().replaceAll("^[\\p{Punct}«“\"]+|[\\p{Punct}»”\"]+$", "");
    return t.isEmpty() ? new String[0] : t.split("\\s+");
  }

  /** A word that can be part of a product or pattern name: capitalised, or holding a digit. */
  private static boolean nameLike(String word) {
    return Character.isUpperCase(word.codePointAt(0)) || word.matches(".*\\d.*");
  }

  private static boolean plainWord(String word) {
    return word.length() >= 3
        && word.matches("[\\p{L}][\\p{L}\\d-]*")
        && !LEADING_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A note's fragment as a sentence: capital first, one full stop. */
  static String sentence(String text) {
    String t = trimEnd(text);
    if (t.isEmpty()) {
      return t;
    }
    return Character.toUpperCase(t.charAt(0)) + t.substring(1) + (t.matches(".*[.!?]$") ? "" : ".");
  }

  /** Without the full stop or spaces a note's line ends with. */
  static String trimEnd(String text) {
    return text.strip().replaceAll("[\\s.;,]+$", "");
  }
}
