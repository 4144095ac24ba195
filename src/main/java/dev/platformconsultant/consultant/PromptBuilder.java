package dev.platformconsultant.consultant;

import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.text.Language;
import dev.platformconsultant.text.TokenCounter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Assembles the system prompt (persona + project context + task + retrieved passages + rules) and
 * the conversation, within a token budget. The fixed parts are kept; then passages (best first) and
 * earlier turns (newest first) are taken in alternation while they fit, so what is dropped is
 * always the lowest-ranked passage and the oldest turn. Thread-safe.
 */
public final class PromptBuilder {
  /** Chat formats wrap each message in a few tokens of their own. */
  static final int TOKENS_PER_MESSAGE = 6;

  private final PromptLibrary library;
  private final TokenCounter tokens;
  private final int budget;

  public PromptBuilder(PromptLibrary library, TokenCounter tokens, int budget) {
    this.library = library;
    this.tokens = tokens;
    this.budget = budget;
  }

  public Prompt build(String task, Question question, List<Passage> passages, Language language) {
    String context =
        library
            .projectContext()
            .map(text -> tokens.truncate(text, budget / 4))
            .orElse(
                "(No project context was provided. Do not assume any fact about the company; ask when it matters.)");
    Map<String, String> values =
        new java.util.HashMap<>(
            Map.of(
                "persona", library.persona(),
                "project_context", context,
                "task", library.task(task),
                "language", language.englishName(),
                "knowledge", ""));
    int fixed = tokens.count(library.renderFrame(values)) + TOKENS_PER_MESSAGE;

    String user = question.text().strip();
    int questionTokens = tokens.count(user);
    // The question may take half the budget, less if the fixed parts leave less; the note about the
    // cut
    // needs a few tokens of its own.
    int questionCap =
        Math.max(200, Math.min(budget / 2, budget - fixed - 2 * TOKENS_PER_MESSAGE - 40));
    boolean truncated = questionTokens > questionCap;
    if (truncated) {
      user =
          tokens.truncate(user, questionCap - 40)
              + "\n\n[The message was cut here: it was %d tokens long and only the first %d fit.]"
                  .formatted(questionTokens, questionCap - 40);
    }
    int remaining = budget - fixed - tokens.count(user) - TOKENS_PER_MESSAGE;

    List<String> blocks = new ArrayList<>();
    List<Passage> keptPassages = new ArrayList<>();
    List<Turn> keptTurns = new ArrayList<>();
    List<Turn> newestFirst = new ArrayList<>(question.history());
    Collections.reverse(newestFirst);
    int p = 0;
    int t = 0;
    boolean historyOpen = true;
    while (p < passages.size() || (historyOpen && t < newestFirst.size())) {
      if (p < passages.size()) {
        String block = passageBlock(keptPassages.size() + 1, passages.get(p));
        int cost = tokens.count(block) + 2;
        if (cost <= remaining) {
          remaining -= cost;
          blocks.add(block);
          keptPassages.add(passages.get(p));
        }
        p++;
      }
      if (historyOpen && t < newestFirst.size()) {
        Turn turn = capped(newestFirst.get(t));
        int cost = tokens.count(turn.text()) + TOKENS_PER_MESSAGE;
        if (cost <= remaining) {
          remaining -= cost;
          keptTurns.add(turn);
          t++;
        } else {
          // Turns are kept contiguous from the newest: a gap would misrepresent the conversation.
          historyOpen = false;
        }
      }
    }
    Collections.reverse(keptTurns);
    values.put(
        "knowledge",
        blocks.isEmpty()
            ? "(No passage of the knowledge base matched this question.)"
            : String.join("\n\n", blocks));
    String system = library.renderFrame(values);
    int inputTokens =
        tokens.count(system)
            + tokens.count(user)
            + keptTurns.stream()
                .mapToInt(turn -> tokens.count(turn.text()) + TOKENS_PER_MESSAGE)
                .sum()
            + 2 * TOKENS_PER_MESSAGE;
    return new Prompt(
        system,
        keptTurns,
        user,
        keptPassages,
        language,
        inputTokens,
        passages.size() - keptPassages.size(),
        question.history().size() - keptTurns.size(),
        truncated);
  }

  /** A single earlier message never takes more than a sixth of the budget: long pastes are cut. */
  private Turn capped(Turn turn) {
    int cap = budget / 6;
    if (tokens.count(turn.text()) <= cap) {
      return turn;
    }
    return new Turn(turn.role(), tokens.truncate(turn.text(), cap) + " [...]");
  }

  static String passageBlock(int number, Passage passage) {
    return "<passage n=\"%d\" id=\"%s\" title=\"%s\">\n%s\n</passage>"
        .formatted(
            number,
            passage.id(),
            (passage.title() + " > " + passage.heading()).replace("\"", "'"),
            passage.text());
  }

  public int budget() {
    return budget;
  }
}
