package dev.platformconsultant.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A checklist phrase as it is looked for in a design's folded sentences (see {@link
 * DesignText#fold}). Words match whole: a space or a hyphen between two words matches either ("big
 * bang" finds "Big-bang" and "big bang"), a last word of four letters or more also matches its
 * plural or French agreement ("backup" finds "backups", "désactivé" finds "désactivées"), and a
 * word never matches as the tail of a hyphenated name ("API" is not found in "orders-api"). A
 * phrase with other punctuation ("password:", ".env", "0.0.0.0/0") matches as written. "a + b"
 * matches a sentence holding both. Immutable.
 *
 * <p>Example: {@code Phrase.of("big bang").find("a big-bang cut-over")} finds "big-bang".
 */
final class Phrase {
  private static final Pattern WORDY = Pattern.compile("[\\p{L}\\p{N} '-]+");

  private final String text;
  private final List<Pattern> parts;

  private Phrase(String text, List<Pattern> parts) {
    this.text = text;
    this.parts = List.copyOf(parts);
  }

  static Phrase of(String text) {
    List<Pattern> parts = new ArrayList<>();
    for (String part : text.split("\\s\\+\\s")) {
      String p = DesignText.fold(part);
      if (!p.isEmpty()) {
        parts.add(compile(p));
      }
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("empty phrase: '" + text + "'");
    }
    return new Phrase(text.strip(), parts);
  }

  static List<Phrase> all(List<String> texts) {
    return texts.stream().filter(t -> !t.isBlank()).map(Phrase::of).toList();
  }

  /** The phrase as the checklist writes it. */
  String text() {
    return text;
  }

  /** Whether the phrase needs several parts in one sentence ("deploy + laptop"). */
  boolean cooccurrence() {
    return parts.size() > 1;
  }

  /** Where the phrase's first part is in {@code folded}, when every part is there. */
  Optional<Span> find(String folded) {
    Span first = null;
    for (Pattern part : parts) {
      Matcher m = part.matcher(folded);
      if (!m.find()) {
        return Optional.empty();
      }
      if (first == null) {
        first = new Span(m.start(), m.end());
      }
    }
    return Optional.ofNullable(first);
  }

  /** Every place the whole phrase (or its first part, with the others present) is found. */
  List<Span> findAll(String folded) {
    if (find(folded).isEmpty()) {
      return List.of();
    }
    List<Span> spans = new ArrayList<>();
    Matcher m = parts.getFirst().matcher(folded);
    while (m.find()) {
      spans.add(new Span(m.start(), m.end()));
    }
    return spans;
  }

  /** A match's place in a folded sentence. */
  record Span(int start, int end) {}

  private static Pattern compile(String folded) {
    if (!WORDY.matcher(folded).matches()) {
      // Punctuated terms match as written, but not inside a longer word (".env" in ".environment").
      String before = Character.isLetterOrDigit(folded.charAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
      String after =
          Character.isLetterOrDigit(folded.charAt(folded.length() - 1)) ? "(?![\\p{L}\\p{N}])" : "";
      return Pattern.compile(before + Pattern.quote(folded) + after);
    }
    List<String> words = Arrays.stream(folded.split("[\\s-]+")).filter(w -> !w.isEmpty()).toList();
    // A word after an apostrophe matches (French elision: "l'astreinte"); after "name-" it does
    // not.
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}]-)");
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (i > 0) {
        regex.append("[\\s-]+");
      }
      if (i == words.size() - 1
          && w.length() >= 4
          && Character.isLetter(w.charAt(w.length() - 1))) {
        regex.append(inflected(w));
      } else {
        regex.append(Pattern.quote(w));
      }
    }
    return Pattern.compile(regex.append("(?![\\p{L}\\p{N}])").toString());
  }

  /** The word with its English plural or French agreement: s, es, e, es, y → ies. */
  private static String inflected(String word) {
    if (word.endsWith("y")) {
      return Pattern.quote(word.substring(0, word.length() - 1)) + "(?:y|ies)";
    }
    return Pattern.quote(word) + "(?:s|es|e)?";
  }
}
