package dev.platformconsultant.model;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.text.Language;
import dev.platformconsultant.text.TokenCounter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Assembles the system prompt (persona + project context + task + retrieved passages + rules) and
 * the conversation, within a token budget. The fixed parts are kept; then passages (best first) and
 * earlier turns (newest first) are taken in alternation while they fit, so what is dropped is
 * always the lowest-ranked passage and the oldest turn. Thread-safe.
 */
public final class PromptBuilder {
  /** Chat formats wrap each message in a few tokens of their own. */
  static final int TOKENS_PER_MESSAGE = 6;

  private static final String NO_CONTEXT =
      "(No project context was provided. Do not assume any fact about the company; ask when it matters.)";
  private static final String NO_PASSAGE =
      "(No passage of the knowledge base matched this question.)";

  private final PromptLibrary library;
  private final TokenCounter tokens;
  private final int budget;
  private final String context;

  /**
   * The team's context file, re-read when it changes (an edit in Slack, a new discover); or null.
   */
  private final java.nio.file.Path contextFile;

  private volatile ContextSnapshot snapshot;

  /** The context as last read, and the file's modification time then. */
  private record ContextSnapshot(long modified, String text) {}

  /**
   * Token counts that do not change between questions: the fixed frame per task and language, and
   * each passage's text. Counting them anew for every question was a third of the CPU under load.
   */
  private final Map<String, Integer> fixedTokens = new ConcurrentHashMap<>();

  private final Cache<String, Integer> passageTokens =
      Caffeine.newBuilder().maximumSize(20_000).build();

  public PromptBuilder(PromptLibrary library, TokenCounter tokens, int budget) {
    this(library, tokens, budget, null);
  }

  /**
   * As above; {@code contextFile} is the project context's file, re-read when it changes so that an
   * edit ({@code /consult context}, {@code consultant discover}) applies without a restart.
   */
  public PromptBuilder(
      PromptLibrary library, TokenCounter tokens, int budget, java.nio.file.Path contextFile) {
    this.library = library;
    this.tokens = tokens;
    this.budget = budget;
    this.context =
        library.projectContext().map(text -> tokens.truncate(text, budget / 4)).orElse(NO_CONTEXT);
    this.contextFile = contextFile;
  }

  /** A builder whose prompts carry {@code projectContext} instead (a channel's team). */
  public PromptBuilder withContext(String projectContext) {
    return new PromptBuilder(library, tokens, budget, null, projectContext);
  }

  private PromptBuilder(
      PromptLibrary library,
      TokenCounter tokens,
      int budget,
      java.nio.file.Path contextFile,
      String projectContext) {
    this.library = library;
    this.tokens = tokens;
    this.budget = budget;
    this.context =
        projectContext == null || projectContext.isBlank()
            ? NO_CONTEXT
            : tokens.truncate(projectContext.strip(), budget / 4);
    this.contextFile = contextFile;
  }

  /** The project context as the prompt carries it now. */
  private String context() {
    if (contextFile == null) {
      return context;
    }
    long modified;
    try {
      modified = java.nio.file.Files.getLastModifiedTime(contextFile).toMillis();
    } catch (java.io.IOException e) {
      return snapshot == null ? context : NO_CONTEXT;
    }
    ContextSnapshot current = snapshot;
    if (current == null || current.modified() != modified) {
      String text;
      try {
        text = java.nio.file.Files.readString(contextFile).strip();
      } catch (java.io.IOException e) {
        text = "";
      }
      current =
          new ContextSnapshot(
              modified, text.isEmpty() ? NO_CONTEXT : tokens.truncate(text, budget / 4));
      snapshot = current;
    }
    return current.text();
  }

  public Prompt build(String task, Question question, List<Passage> passages, Language language) {
    Map<String, String> values =
        new java.util.HashMap<>(
            Map.of(
                "persona", library.persona(),
                "project_context", context(),
                "task", library.task(task),
                "language", language.englishName(),
                "knowledge", ""));
    int fixed =
        fixedTokens.computeIfAbsent(
                task + "|" + language + "|" + values.get("project_context").hashCode(),
                key -> tokens.count(library.renderFrame(values)))
            + TOKENS_PER_MESSAGE;

    String user = question.text().strip();
    int questionTokens = tokens.count(user);
    // The question may take half the budget, less if the fixed parts leave less; the note about the
    // cut needs a few tokens of its own.
    int questionCap =
        Math.max(200, Math.min(budget / 2, budget - fixed - 2 * TOKENS_PER_MESSAGE - 40));
    boolean truncated = questionTokens > questionCap;
    if (truncated) {
      user =
          tokens.truncate(user, questionCap - 40)
              + "\n\n[The message was cut here: it was %d tokens long and only the first %d fit.]"
                  .formatted(questionTokens, questionCap - 40);
      questionTokens = tokens.count(user);
    }
    int remaining = budget - fixed - questionTokens - TOKENS_PER_MESSAGE;
    int used = 0;

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
        Passage passage = passages.get(p);
        String block = passageBlock(keptPassages.size() + 1, passage);
        int cost =
            passageTokens.get(passage.text(), tokens::count)
                + tokens.count(block.substring(0, block.indexOf('\n')))
                + 6;
        if (cost <= remaining) {
          remaining -= cost;
          used += cost;
          blocks.add(block);
          keptPassages.add(passage);
        }
        p++;
      }
      if (historyOpen && t < newestFirst.size()) {
        Turn turn = newestFirst.get(t);
        int cost = tokens.count(turn.text());
        if (cost > budget / 6) {
          turn = capped(turn);
          cost = tokens.count(turn.text());
        }
        cost += TOKENS_PER_MESSAGE;
        if (cost <= remaining) {
          remaining -= cost;
          used += cost;
          keptTurns.add(turn);
          t++;
        } else {
          // Turns are kept contiguous from the newest: a gap would misrepresent the conversation.
          historyOpen = false;
        }
      }
    }
    Collections.reverse(keptTurns);
    values.put("knowledge", blocks.isEmpty() ? NO_PASSAGE : String.join("\n\n", blocks));
    String system = library.renderFrame(values);
    // The sum of the parts' counts: an upper bound of the whole's (BPE merges never add tokens at a
    // join), so the budget holds without counting the assembled prompt again.
    int inputTokens =
        fixed
            + (blocks.isEmpty() ? tokens.count(NO_PASSAGE) : used)
            + questionTokens
            + TOKENS_PER_MESSAGE;
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
    return new Turn(turn.role(), tokens.truncate(turn.text(), budget / 6) + " [...]");
  }

  static String passageBlock(int number, Passage passage) {
    // A knowledge file is the team's own text, but it may be edited by anyone: fenced like the
    // rest.
    return Fence.wrap(
        "passage",
        "n=\"%d\" id=\"%s\" title=\"%s\""
            .formatted(
                number,
                Fence.attribute(passage.id()),
                Fence.attribute(passage.title() + " > " + passage.heading())),
        passage.text());
  }

  /** Whether the prompts carry the team's own context (else advice is generic). */
  public boolean hasProjectContext() {
    return !NO_CONTEXT.equals(context());
  }

  public int budget() {
    return budget;
  }
}
