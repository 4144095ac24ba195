package dev.platformconsultant.review;

import dev.platformconsultant.review.DesignText.Sentence;
import dev.platformconsultant.review.Phrase.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a design says about each checklist item, sentence by sentence: where it states a problem (a
 * red flag, or a practice said to be absent, deferred or done by hand), where it states the
 * practice, and whether its scope rules the item out. A cue binds to the mention nearest to it
 * across all items ("backups run nightly; dashboards will come later" defers the dashboards, not
 * the backups) and carries over mentions joined by "and", "or", "et", "ou" ("alerts and runbooks
 * will come later"). Stateless.
 */
final class DesignReading {
  /** Clauses end at these: a cue in one does not reach a mention in the next. */
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          ";|, and |, et |, so |, but | but | however|, whereas | whereas | although | except |"
              + " because | so that | mais | cependant| alors que | tandis que | sauf | car |"
              + " parce que | afin que | pour que | — | – ");

  /** A colon ends a clause only before a statement of its own ("No manual steps: Argo CD ..."). */
  private static final Pattern COLON = Pattern.compile(":");

  private static final Pattern CONNECTOR =
      Pattern.compile("\\s*(?:,|&|/|and|or|et|ou)?\\s*(?:the|les|le|la|l'|des|du|de|d')?\\s*");

  private static final int SHORT_SENTENCE_WORDS = 5;

  /** One statement about an item: the sentence and the phrase that shows it. */
  record Statement(Sentence sentence, String phrase) {}

  /**
   * What the design says about one item.
   *
   * @param problems sentences that state the problem (a red flag or the practice's absence)
   * @param practices sentences that state the practice
   * @param outOfScope a scope sentence that rules the item out
   */
  record ItemReading(
      List<Statement> problems, List<Statement> practices, Optional<Statement> outOfScope) {
    boolean silent() {
      return problems.isEmpty() && practices.isEmpty();
    }
  }

  private record Mention(ChecklistItem item, Span span, boolean redFlag, Phrase phrase) {}

  private DesignReading() {}

  static Map<ChecklistItem, ItemReading> read(DesignText design, List<ChecklistItem> items) {
    Map<ChecklistItem, List<Statement>> problems = new LinkedHashMap<>();
    Map<ChecklistItem, List<Statement>> practices = new LinkedHashMap<>();
    for (Sentence s : design.sentences()) {
      Sentence read = withHeadingWhenShort(s, items);
      List<Mention> mentions = mentions(read.folded(), items);
      boolean[] absent = new boolean[mentions.size()];
      boolean[] negated = new boolean[mentions.size()];
      bindCues(read.folded(), mentions, absent, negated);
      for (int i = 0; i < mentions.size(); i++) {
        Mention m = mentions.get(i);
        Statement st = new Statement(read, m.phrase().text());
        if (m.redFlag() && !negated[i]) {
          problems.computeIfAbsent(m.item(), k -> new ArrayList<>()).add(st);
        } else if (!m.redFlag() && (absent[i] || negated[i])) {
          problems.computeIfAbsent(m.item(), k -> new ArrayList<>()).add(st);
        } else if (!m.redFlag()) {
          practices.computeIfAbsent(m.item(), k -> new ArrayList<>()).add(st);
        }
      }
    }
    Map<ChecklistItem, ItemReading> out = new LinkedHashMap<>();
    for (ChecklistItem item : items) {
      out.put(
          item,
          new ItemReading(
              distinct(problems.getOrDefault(item, List.of())),
              distinct(practices.getOrDefault(item, List.of())),
              outOfScope(design, item)));
    }
    return out;
  }

  /**
   * A short sentence with a cue and nothing it could apply to ("None yet.") is read with its
   * heading ("Backups: None yet."), as a reader would.
   */
  private static Sentence withHeadingWhenShort(Sentence s, List<ChecklistItem> items) {
    if (s.heading().isEmpty()
        || s.folded().split(" ").length > SHORT_SENTENCE_WORDS
        || !mentions(s.folded(), items).isEmpty()) {
      return s;
    }
    boolean cue =
        Cues.NEGATORS_AFTER.stream().anyMatch(c -> c.find(s.folded()).isPresent())
            || Cues.ABSENCE_AFTER.stream().anyMatch(c -> c.find(s.folded()).isPresent());
    if (!cue) {
      return s;
    }
    String text = s.heading() + ": " + s.text();
    return new Sentence(text, DesignText.fold(text), s.heading(), s.scope());
  }

  private static List<Mention> mentions(String folded, List<ChecklistItem> items) {
    List<Mention> out = new ArrayList<>();
    for (ChecklistItem item : items) {
      boolean statesPractice = false;
      for (Phrase p : item.evidence()) {
        for (Span span : p.findAll(folded)) {
          out.add(new Mention(item, span, false, p));
          statesPractice = true;
        }
      }
      for (Phrase p : item.redFlags()) {
        // "secret + git" is a weak signal: a sentence that also names the practice ("secrets are
        // encrypted with SOPS in git") is not a red flag.
        if (p.cooccurrence() && statesPractice) {
          continue;
        }
        p.find(folded).ifPresent(span -> out.add(new Mention(item, span, true, p)));
      }
    }
    out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return out;
  }

  private static void bindCues(
      String folded, List<Mention> mentions, boolean[] absent, boolean[] negated) {
    if (mentions.isEmpty()) {
      return;
    }
    List<Integer> breaks = clauseBreaks(folded);
    for (Phrase cue : Cues.NEGATORS_BEFORE) {
      for (Span c : cues(cue, folded, mentions)) {
        bindForward(folded, mentions, breaks, c, negated);
      }
    }
    for (Phrase cue : Cues.ABSENCE_BEFORE) {
      for (Span c : cues(cue, folded, mentions)) {
        bindForward(folded, mentions, breaks, c, absent);
      }
    }
    for (Phrase cue : Cues.NEGATORS_AFTER) {
      for (Span c : cues(cue, folded, mentions)) {
        bindBackward(folded, mentions, breaks, c, Cues.WEAK_AFTER_WINDOW, negated);
      }
    }
    for (Phrase cue : Cues.ABSENCE_AFTER) {
      for (Span c : cues(cue, folded, mentions)) {
        bindBackward(folded, mentions, breaks, c, Cues.STRONG_AFTER_WINDOW, absent);
      }
    }
  }

  /**
   * Where {@code cue} is, leaving out the places that are part of a checklist phrase: the "never"
   * of the red flag "never expires" says nothing about the words before it.
   */
  private static List<Span> cues(Phrase cue, String folded, List<Mention> mentions) {
    return cue.findAll(folded).stream()
        .filter(
            c ->
                mentions.stream()
                    .map(Mention::span)
                    .noneMatch(m -> c.start() < m.end() && m.start() < c.end()))
        .toList();
  }

  private static void bindForward(
      String folded, List<Mention> mentions, List<Integer> breaks, Span cue, boolean[] mark) {
    for (int i = 0; i < mentions.size(); i++) {
      Span m = mentions.get(i).span();
      if (m.start() < cue.end()) {
        continue;
      }
      if (clause(breaks, m.start()) != clause(breaks, cue.start())
          || words(folded, cue.end(), m.start()) > Cues.BEFORE_WINDOW) {
        return;
      }
      markGroup(mentions, i, mark);
      // "no alerts or runbooks": the cue carries over the mentions joined to this one.
      for (int j = i + 1; j < mentions.size(); j++) {
        if (!joined(folded, mentions.get(j - 1).span(), mentions.get(j).span())) {
          break;
        }
        mark[j] = true;
      }
      return;
    }
  }

  private static void bindBackward(
      String folded,
      List<Mention> mentions,
      List<Integer> breaks,
      Span cue,
      int window,
      boolean[] mark) {
    for (int i = mentions.size() - 1; i >= 0; i--) {
      Span m = mentions.get(i).span();
      if (m.end() > cue.start()) {
        continue;
      }
      if (clause(breaks, m.start()) != clause(breaks, cue.start())
          || words(folded, m.end(), cue.start()) > window) {
        return;
      }
      markGroup(mentions, i, mark);
      // "alerts and runbooks will come later": the cue carries back over the joined mentions.
      for (int j = i - 1; j >= 0; j--) {
        if (!joined(folded, mentions.get(j).span(), mentions.get(j + 1).span())) {
          break;
        }
        mark[j] = true;
      }
      return;
    }
  }

  /** Marks mention {@code i} and every mention on the same words (several items share words). */
  private static void markGroup(List<Mention> mentions, int i, boolean[] mark) {
    Span s = mentions.get(i).span();
    for (int j = 0; j < mentions.size(); j++) {
      Span o = mentions.get(j).span();
      if (o.start() < s.end() && s.start() < o.end()) {
        mark[j] = true;
      }
    }
  }

  /** Two mentions next to each other, or joined by "and", "or", "et", "ou" or a comma. */
  private static boolean joined(String folded, Span first, Span second) {
    if (second.start() <= first.end()) {
      return true;
    }
    return CONNECTOR.matcher(folded.substring(first.end(), second.start())).matches();
  }

  private static List<Integer> clauseBreaks(String folded) {
    List<Integer> breaks = new ArrayList<>();
    Matcher m = CLAUSE_BREAK.matcher(folded);
    while (m.find()) {
      breaks.add(m.start());
    }
    Matcher colon = COLON.matcher(folded);
    while (colon.find()) {
      int next = folded.indexOf(':', colon.end());
      String after = folded.substring(colon.end(), next < 0 ? folded.length() : next).strip();
      if (after.split("\\s+").length > 3) {
        breaks.add(colon.start());
      }
    }
    breaks.sort(Integer::compare);
    return breaks;
  }

  private static int clause(List<Integer> breaks, int position) {
    int n = 0;
    for (int b : breaks) {
      if (b < position) {
        n++;
      }
    }
    return n;
  }

  private static int words(String folded, int from, int to) {
    String between = folded.substring(Math.min(from, to), Math.max(from, to)).strip();
    return between.isEmpty() ? 0 : between.split("\\s+").length;
  }

  /** The first phrase the checklist lists wins: it is the one that says why best. */
  private static Optional<Statement> outOfScope(DesignText design, ChecklistItem item) {
    for (Phrase p : item.notApplicableWhen()) {
      for (Sentence s : design.sentences()) {
        if (s.scope() && p.find(s.folded()).isPresent()) {
          return Optional.of(new Statement(s, p.text()));
        }
      }
    }
    return Optional.empty();
  }

  private static List<Statement> distinct(List<Statement> statements) {
    Map<String, Statement> bySentence = new LinkedHashMap<>();
    statements.forEach(s -> bySentence.putIfAbsent(s.sentence().text(), s));
    return List.copyOf(bySentence.values());
  }
}
