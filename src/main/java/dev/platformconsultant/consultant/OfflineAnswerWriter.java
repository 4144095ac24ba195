package dev.platformconsultant.consultant;

import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.knowledge.TextRelevance;
import dev.platformconsultant.text.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The answer when no LLM is configured (or it failed), written from the knowledge base alone and
 * honestly labelled, in the shape a consultant answers in: the recommendation first (the passages'
 * own instructions), then the first steps, the targets and figures where the passages give them,
 * each cited [n]. The sections come from the documents the search found on topic, chosen for what
 * the question asks ({@link AnswerPlan}); a French question gets French headings and, where the
 * document has a translation, French text. A question no document is about gets an honest "not
 * covered". Lives in the core because it needs nothing but the knowledge base. Thread-safe.
 */
public final class OfflineAnswerWriter implements AnswerPlan.Reader {
  /**
   * Passages that come without search evidence (built by hand) count as on topic from this share of
   * the question's terms.
   */
  static final double MIN_COVERAGE = 0.34;

  static final int EXCERPT_CHARS = 1100;

  /** An opening that puts the instruction after its condition: "For a payment API, measure…". */
  private static final Pattern LEADING_CLAUSE =
      Pattern.compile(
          "^(?:For|In|On|At|With|Without|When|If|Once|Before|After|Until|Pour|Dans|Sur|Avec|Sans"
              + "|Quand|Si|Une fois|Avant|Après|Dès)\\b[^,:;]{1,80}[,:]\\s+");

  private final TextRelevance relevance;
  private final KnowledgeBase knowledge;
  private final AnswerCues cues = AnswerCues.shipped();

  /**
   * @param knowledge where the other sections of the documents found, and their translations, are
   *     read
   */
  public OfflineAnswerWriter(TextRelevance relevance, KnowledgeBase knowledge) {
    this.relevance = relevance;
    this.knowledge = knowledge;
  }

  /** What the answer is and why, in the words the user reads first. */
  public enum Reason {
    NO_LLM,
    LLM_FAILED
  }

  public record Written(String markdown, List<SourceRef> sources) {}

  public Written write(
      String question, List<Passage> passages, Language language, Reason reason, String failure) {
    Frame frame = Frame.of(language);
    String label = frame.label(reason, failure);
    List<Passage> onTopic = passages.stream().filter(OfflineAnswerWriter::onTopic).toList();
    if (onTopic.isEmpty()) {
      return notCovered(label, passages, frame);
    }
    Optional<Written> checklist =
        ChecklistAnswer.of(onTopic.getFirst(), knowledge, language, label);
    if (checklist.isPresent()) {
      return checklist.get();
    }
    Intent intent = cues.intentOf(question);
    AnswerPlan plan =
        AnswerPlan.of(question, intent, onTopic, language, knowledge, relevance, cues, this);
    return new AnswerComposition(plan, language, frame, this).write(label);
  }

  /**
   * The search's own judgement when it gave one; the share of the question's terms otherwise. A
   * checklist (the design review's) answers only questions that name it: its items are written in
   * both languages and about every topic, so its words match any French question ("quel temps
   * fait-il à Lyon ?", "quel objectif de disponibilité…") better than the document that answers.
   */
  private static boolean onTopic(Passage p) {
    if (p.evidence().equals(Passage.Evidence.NONE)) {
      return p.coverage() >= MIN_COVERAGE;
    }
    return p.evidence().onTopic()
        && (!"checklist".equals(p.kind()) || p.evidence().titleTerms() > 0);
  }

  private static Written notCovered(String label, List<Passage> passages, Frame frame) {
    StringBuilder out = new StringBuilder(label).append("\n\n").append(frame.notCovered());
    List<String> near = passages.stream().map(Passage::title).distinct().limit(3).toList();
    if (!near.isEmpty()) {
      out.append(frame.closest()).append(String.join(", ", near)).append('.');
    }
    out.append("\n\n").append(frame.rephrase());
    return new Written(out.toString(), List.of());
  }

  /**
   * Whether a sentence is an instruction: it opens with an imperative ("Start with…", "Commencez
   * par…"), after its bold lead-in if it has one, or with a condition and then one ("If a shared
   * environment remains, make it stable").
   */
  @Override
  public boolean instruction(String sentence, Language language) {
    String plain = sentence.replaceFirst("^\\*\\*[^*]+\\*\\*[:.]?\\s*", "");
    if (cues.imperative(sentence, language) || cues.imperative(plain, language)) {
      return true;
    }
    var clause = LEADING_CLAUSE.matcher(plain);
    return clause.find() && cues.imperative(plain.substring(clause.end()), language);
  }

  /** Whether a line gives a figure or a target. */
  @Override
  public boolean figure(String line, Language language) {
    return cues.figure(line, language);
  }

  /** {@code text} cut to a size a reader takes in, opening first. */
  String excerpt(String text) {
    return excerpt(text, relevance.analyse(""));
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
