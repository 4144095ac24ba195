package dev.platformconsultant.consultant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.knowledge.TextRelevance;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineAnswerWriterTest {
  private final TextRelevance relevance = new TextRelevance();
  private final OfflineAnswerWriter writer = new OfflineAnswerWriter(relevance);

  @Test
  void aLongPassageIsTrimmedToTheParagraphsThatAnswer() {
    String filler = "Teams should agree on ownership and write things down for the next person. ";
    String text =
        "Intro about the topic.\n\n"
            + filler.repeat(8)
            + "\n\n"
            + "Burn-rate alerts page when the error budget burns fourteen times too fast over one hour.\n\n"
            + filler.repeat(8)
            + "\n\n"
            + filler.repeat(8);

    String excerpt = writer.excerpt(text, relevance.analyse("burn rate alert error budget"));

    assertTrue(excerpt.contains("Burn-rate alerts page"), excerpt);
    assertTrue(
        excerpt.length() <= OfflineAnswerWriter.EXCERPT_CHARS + 20, "length " + excerpt.length());
    assertTrue(excerpt.contains("…"), "says something was left out");
  }

  @Test
  void blocksNeverSplitACodeFence() {
    List<String> blocks = OfflineAnswerWriter.blocks("a\n\n```yaml\nkey: 1\n\nother: 2\n```\n\nb");

    assertEquals(3, blocks.size());
    assertTrue(blocks.get(1).startsWith("```yaml") && blocks.get(1).endsWith("```"));
  }

  @Test
  void aShortPassageIsKeptWhole() {
    assertEquals("Short text.", writer.excerpt("Short text.", relevance.analyse("anything")));
    assertFalse(writer.excerpt("Short text.", relevance.analyse("x")).contains("…"));
  }
}
