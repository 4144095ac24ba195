package dev.platformconsultant.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.text.Language;
import dev.platformconsultant.text.TokenCounter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PromptBuilderTest {
  private final TokenCounter tokens = new TokenCounter();
  private final PromptLibrary library =
      PromptLibrary.load(Path.of("prompts"), Path.of("prompts/examples/project-context.md"));

  private static Passage passage(int rank, String text) {
    return new Passage(
        "doc-" + rank + "#section",
        "doc-" + rank,
        "Doc " + rank,
        "pattern",
        "Section",
        "knowledge/doc-" + rank + ".md",
        text,
        10 - rank,
        1);
  }

  private static List<Passage> passages(int count, String text) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> passage(i, text)).toList();
  }

  @Test
  void theSystemPromptHoldsPersonaContextTaskPassagesAndRules() {
    PromptBuilder builder = new PromptBuilder(library, tokens, 6000);

    Prompt prompt =
        builder.build(
            "answer",
            Question.of("How do we set SLOs?"),
            passages(2, "Use good events over valid events."),
            Language.FR);

    assertTrue(prompt.system().contains("Platform Engineering consultant"), "persona");
    assertTrue(prompt.system().contains("Kestrel Pay"), "project context");
    assertTrue(prompt.system().contains("Answer the engineer's question"), "task");
    assertTrue(
        prompt.system().contains("<passage n=\"1\" id=\"doc-1#section\""), "passage 1 with its id");
    assertTrue(
        prompt.system().contains("<passage n=\"2\" id=\"doc-2#section\""), "passage 2 with its id");
    assertTrue(prompt.system().contains("Answer in French"), "language rule");
    assertTrue(prompt.system().contains("cite them inline as [n]"), "citation rule");
    assertTrue(
        prompt.system().contains("Never invent a fact about the company"), "no invented facts");
    assertFalse(prompt.system().contains("{{"), "every placeholder filled");
    assertEquals("How do we set SLOs?", prompt.user());
  }

  @Test
  void passagesAreTrimmedLowestRankedFirstToStayInBudget() {
    PromptBuilder builder = new PromptBuilder(library, tokens, 3000);
    String longText =
        "Error budgets make reliability a shared decision between product and platform. "
            .repeat(40);

    Prompt prompt =
        builder.build("answer", Question.of("error budget?"), passages(8, longText), Language.EN);

    assertTrue(prompt.inputTokens() <= 3000, "input tokens " + prompt.inputTokens());
    assertTrue(prompt.trimmedPassages() > 0);
    List<String> kept = prompt.passages().stream().map(Passage::id).toList();
    List<String> expected =
        IntStream.rangeClosed(1, kept.size()).mapToObj(i -> "doc-" + i + "#section").toList();
    assertEquals(expected, kept, "the best-ranked passages are the ones kept");
  }

  @Test
  void historyIsTrimmedOldestFirst() {
    PromptBuilder builder = new PromptBuilder(library, tokens, 3000);
    List<Turn> history = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      history.add(
          Turn.user("question " + i + " " + "about canary releases and rollbacks ".repeat(10)));
      history.add(
          Turn.assistant(
              "answer "
                  + i
                  + " "
                  + "use progressive delivery with automated analysis ".repeat(10)));
    }

    Prompt prompt =
        builder.build(
            "answer",
            new Question("and for staging?", history),
            passages(3, "short passage"),
            Language.EN);

    assertTrue(prompt.inputTokens() <= 3000, "input tokens " + prompt.inputTokens());
    assertTrue(prompt.trimmedTurns() > 0);
    assertTrue(
        prompt.history().getLast().text().startsWith("answer 30"), "the newest turn is kept");
    assertEquals(3, prompt.passages().size());
  }

  @Test
  void theInputTokenCountIsWhatATokenizerCounts() {
    PromptBuilder builder = new PromptBuilder(library, tokens, 6000);

    Prompt prompt =
        builder.build(
            "answer", Question.of("What is DORA?"), passages(1, "Four keys."), Language.EN);

    int counted = tokens.count(prompt.system()) + tokens.count(prompt.user());
    assertTrue(
        prompt.inputTokens() >= counted && prompt.inputTokens() <= counted + 40,
        prompt.inputTokens() + " vs " + counted);
  }

  @Test
  void aHugeQuestionIsCutAndSaysSo() {
    PromptBuilder builder = new PromptBuilder(library, tokens, 4000);
    String huge = "Please review our Kafka topology for order events. ".repeat(5000);

    Prompt prompt = builder.build("answer", Question.of(huge), passages(2, "text"), Language.EN);

    assertTrue(prompt.questionTruncated());
    assertTrue(prompt.user().contains("[The message was cut here"));
    assertTrue(prompt.inputTokens() <= 4000, "input tokens " + prompt.inputTokens());
  }

  @Test
  void withoutProjectContextThePromptSaysNotToAssume() {
    PromptLibrary noContext =
        PromptLibrary.load(Path.of("prompts"), Path.of("target/does-not-exist.md"));
    Prompt prompt =
        new PromptBuilder(noContext, tokens, 6000)
            .build("answer", Question.of("hi"), List.of(), Language.EN);

    assertTrue(prompt.system().contains("No project context was provided"));
    assertTrue(prompt.system().contains("No passage of the knowledge base matched"));
    assertEquals(1, noContext.warnings().size());
    assertTrue(noContext.warnings().getFirst().startsWith("CONSULTANT_PROJECT_CONTEXT"));
  }
}
