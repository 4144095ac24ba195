package dev.platformconsultant.consultant;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A section's Markdown read for answering: the sentences of its paragraphs and the items of its
 * lists, each on one line. Tables and code blocks are left out (they are shown whole, or not at
 * all, by {@code consultant show}). Immutable.
 *
 * @param sentences the paragraphs' sentences, in order
 * @param items the list items, in order, without their marks or check boxes
 * @param numbered whether the first list is numbered (steps), not bulleted
 * @param intro the sentence that introduces the first list ("…, for example:"), or empty
 * @param lists how many separate lists the section has
 */
record SectionText(
    List<String> sentences, List<String> items, boolean numbered, String intro, int lists) {
  private static final Pattern ITEM =
      Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(?:\\[[ xX]]\\s+)?");
  private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+[.)]\\s+.*");

  /** A sentence end: a stop, then a space and what can open a sentence. */
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"«(*`\\d])");

  /** The longest item or sentence shown whole; longer ones are cut after a sentence. */
  static final int MAX_LINE_CHARS = 280;

  SectionText {
    sentences = List.copyOf(sentences);
    items = List.copyOf(items);
  }

  static SectionText of(String markdown) {
    List<String> sentences = new ArrayList<>();
    List<String> items = new ArrayList<>();
    Boolean numbered = null;
    String intro = "";
    int lists = 0;
    for (String block : OfflineAnswerWriter.blocks(markdown)) {
      String first = block.strip();
      if (first.startsWith("|") || first.startsWith("```") || first.startsWith("~~~")) {
        continue;
      }
      StringBuilder item = null;
      StringBuilder prose = new StringBuilder();
      boolean inList = false;
      for (String line : block.split("\n")) {
        if (ITEM.matcher(line).find()) {
          if (!inList) {
            lists++;
            inList = true;
          }
          if (item != null) {
            items.add(item.toString().strip());
          }
          if (numbered == null) {
            numbered = NUMBERED.matcher(line).matches();
            addSentences(prose, sentences);
            prose.setLength(0);
            if (!sentences.isEmpty() && sentences.getLast().endsWith(":")) {
              intro = sentences.getLast();
            }
          }
          item = new StringBuilder(ITEM.matcher(line).replaceFirst(""));
        } else if (item != null && !startsParagraph(line, item)) {
          item.append(' ').append(line.strip());
        } else if (item != null) {
          // An unindented sentence after a finished item reads as the paragraph its author meant,
          // though Markdown folds it into the item ("lazy continuation").
          items.add(item.toString().strip());
          item = null;
          prose.append(' ').append(line.strip());
        } else {
          prose.append(' ').append(line.strip());
        }
      }
      if (item != null) {
        items.add(item.toString().strip());
      }
      addSentences(prose, sentences);
    }
    return new SectionText(sentences, items, numbered != null && numbered, intro, lists);
  }

  private static boolean startsParagraph(String line, CharSequence item) {
    String done = item.toString().strip();
    return !line.startsWith(" ")
        && !line.startsWith("\t")
        && !line.isBlank()
        && Character.isUpperCase(line.charAt(0))
        && (done.endsWith(".") || done.endsWith(")") || done.endsWith("!"));
  }

  private static void addSentences(CharSequence prose, List<String> sentences) {
    for (String s : SENTENCE_END.split(prose.toString().strip())) {
      if (!s.isBlank()) {
        sentences.add(s.strip());
      }
    }
  }

  /** {@code line} whole if short, else its first sentences up to the bound, marked as cut. */
  static String shortened(String line) {
    if (line.length() <= MAX_LINE_CHARS) {
      return line;
    }
    StringBuilder out = new StringBuilder();
    for (String s : SENTENCE_END.split(line)) {
      if (!out.isEmpty() && out.length() + s.length() + 1 > MAX_LINE_CHARS) {
        break;
      }
      out.append(out.isEmpty() ? "" : " ").append(s);
    }
    String kept = out.length() > MAX_LINE_CHARS ? cutAtWord(out.toString()) : out.toString();
    return kept.length() < line.length() ? kept + " …" : kept;
  }

  private static String cutAtWord(String text) {
    int space = text.lastIndexOf(' ', MAX_LINE_CHARS);
    return text.substring(0, space > MAX_LINE_CHARS / 2 ? space : MAX_LINE_CHARS).stripTrailing();
  }
}
