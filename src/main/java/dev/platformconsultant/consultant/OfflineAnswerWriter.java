package dev.platformconsultant.consultant;

import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.knowledge.TextRelevance;
import dev.platformconsultant.text.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The answer when no LLM is configured (or it failed): the best matching sections, each trimmed to
 * the paragraphs that speak to the question, framed in the question's language and honestly
 * labelled. Lives in the core because it needs nothing but passages. Thread-safe.
 */
public final class OfflineAnswerWriter {
  /**
   * Below this share of the question's terms, the best passage is not really about the question.
   */
  static final double MIN_COVERAGE = 0.34;

  static final int MAX_PASSAGES = 3;
  static final int EXCERPT_CHARS = 1100;

  private final TextRelevance relevance;

  public OfflineAnswerWriter(TextRelevance relevance) {
    this.relevance = relevance;
  }

  /** What the answer is and why, in the words the user reads first. */
  public enum Reason {
    NO_LLM,
    LLM_FAILED
  }

  public record Written(String markdown, List<SourceRef> sources) {}

  public Written write(
      String question, List<Passage> passages, Language language, Reason reason, String failure) {
    boolean fr = language == Language.FR;
    StringBuilder out = new StringBuilder();
    out.append(label(fr, reason, failure)).append("\n\n");
    List<Passage> chosen = choose(passages);
    if (chosen.isEmpty()) {
      out.append(
          fr
              ? "La base de connaissances ne couvre pas encore cette question."
              : "The knowledge base does not cover this question yet.");
      List<String> near = passages.stream().map(Passage::title).distinct().limit(3).toList();
      if (!near.isEmpty()) {
        out.append(fr ? " Les sujets les plus proches : " : " The closest topics are: ")
            .append(String.join(", ", near))
            .append('.');
      }
      out.append(
          fr
              ? "\n\nEssayez de reformuler avec un terme du métier (SLO, DORA, FinOps, GitOps…), ou configurez un LLM pour une réponse plus large."
              : "\n\nTry rephrasing with a platform-engineering term (SLO, DORA, FinOps, GitOps…), or configure an LLM for a broader answer.");
      return new Written(out.toString(), List.of());
    }
    out.append(
            fr
                ? "Voici ce que dit la base de connaissances, du plus pertinent au moins pertinent (extraits en anglais) :"
                : "Here is what the knowledge base says, most relevant first:")
        .append("\n\n");
    TextRelevance.QueryTerms terms = relevance.analyse(question);
    List<SourceRef> sources = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      Passage p = chosen.get(i);
      int n = i + 1;
      out.append("**")
          .append(n)
          .append(". ")
          .append(p.title())
          .append(" — ")
          .append(p.heading())
          .append("** [")
          .append(n)
          .append("]\n\n");
      out.append(excerpt(p.text(), terms)).append("\n\n");
      sources.add(Citations.ref(n, p));
    }
    out.append(
        fr
            ? "_Ouvrez un passage en entier avec `consultant show <id>`._"
            : "_Open a whole passage with `consultant show <id>`._");
    return new Written(out.toString().strip(), sources);
  }

  private static String label(boolean fr, Reason reason, String failure) {
    if (reason == Reason.LLM_FAILED) {
      return fr
          ? "_Mode dégradé : le LLM n'a pas répondu (%s) ; voici des extraits de la base de connaissances._"
              .formatted(failure)
          : "_Fallback: the LLM did not answer (%s); knowledge-base excerpts instead._"
              .formatted(failure);
    }
    return fr
        ? "_Mode hors ligne : extraits de la base de connaissances, aucun LLM configuré._"
        : "_Offline mode: knowledge-base excerpts, no LLM configured._";
  }

  /**
   * The passages really about the question, in retrieval order: those that contain a fair share of
   * its terms. A short overview can outrank the section that answers, so the gate is on each
   * passage.
   */
  private static List<Passage> choose(List<Passage> passages) {
    return passages.stream().filter(p -> p.coverage() >= MIN_COVERAGE).limit(MAX_PASSAGES).toList();
  }

  /**
   * The passage cut to what answers: its blocks (paragraphs, lists, tables, code) ranked by how
   * much of the question they contain, kept in their original order up to a size bound. A code
   * block or table is kept whole or not at all.
   */
  String excerpt(String text, TextRelevance.QueryTerms terms) {
    if (text.length() <= EXCERPT_CHARS) {
      return text;
    }
    List<String> blocks = blocks(text);
    record Scored(int index, String block, double score) {}
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      // The first block usually says what the section is about: a small head start keeps it.
      double bonus = i == 0 ? 0.15 : 0;
      scored.add(new Scored(i, blocks.get(i), relevance.overlap(terms, blocks.get(i)) + bonus));
    }
    List<Scored> ranked = new ArrayList<>(scored);
    ranked.sort(
        Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::index));
    boolean[] keep = new boolean[blocks.size()];
    int size = 0;
    for (Scored s : ranked) {
      String block = s.block();
      int cost = block.length();
      if (size + cost > EXCERPT_CHARS) {
        if (size == 0) {
          keep[s.index()] = true;
          blocks.set(s.index(), cut(block, EXCERPT_CHARS));
          size = EXCERPT_CHARS;
        }
        continue;
      }
      keep[s.index()] = true;
      size += cost;
    }
    StringBuilder out = new StringBuilder();
    boolean skipped = false;
    for (int i = 0; i < blocks.size(); i++) {
      if (keep[i]) {
        if (skipped && !out.isEmpty()) {
          out.append("…\n\n");
        }
        out.append(blocks.get(i)).append("\n\n");
        skipped = false;
      } else {
        skipped = true;
      }
    }
    if (skipped) {
      out.append("…");
    }
    return out.toString().strip();
  }

  /** Splits Markdown at blank lines, never inside a fenced code block. */
  static List<String> blocks(String text) {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean fenced = false;
    for (String line : text.split("\n", -1)) {
      if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
        fenced = !fenced;
      }
      if (!fenced && line.isBlank()) {
        if (!current.isEmpty()) {
          blocks.add(current.toString().stripTrailing());
          current.setLength(0);
        }
        continue;
      }
      current.append(line).append('\n');
    }
    if (!current.isEmpty()) {
      blocks.add(current.toString().stripTrailing());
    }
    return blocks;
  }

  /** Cuts a long paragraph or list at a line or sentence end, never inside a code fence. */
  private static String cut(String block, int max) {
    if (block.startsWith("```") || block.startsWith("~~~") || block.startsWith("|")) {
      return block;
    }
    String head = block.substring(0, Math.min(block.length(), max));
    int end = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(". "));
    return (end > max / 2 ? head.substring(0, end + 1) : head).stripTrailing() + " …";
  }
}
