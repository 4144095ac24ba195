package dev.platformconsultant.consultant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionTextTest {

  @Test
  void readsSentencesItemsAndTheSentenceThatIntroducesTheList() {
    SectionText text =
        SectionText.of(
            """
            Set the first target below today. Use a rolling window. Write a policy, for example:
            - budget above 50%: ship freely;
            - budget exhausted: feature freeze.
            The policy matters more than the number.

            | a | b |
            |---|---|
            | 1 | 2 |
            """);

    assertEquals(
        List.of(
            "Set the first target below today.",
            "Use a rolling window.",
            "Write a policy, for example:",
            "The policy matters more than the number."),
        text.sentences());
    assertEquals(
        List.of("budget above 50%: ship freely;", "budget exhausted: feature freeze."),
        text.items());
    assertEquals("Write a policy, for example:", text.intro());
    assertFalse(text.numbered());
    assertEquals(1, text.lists());
  }

  @Test
  void aNumberedListIsStepsAndItsIndentedLinesStayInTheItem() {
    SectionText text =
        SectionText.of(
            """
            1. **Measure the pain (2 weeks).** Time spent waiting,
               number of breakages.
            2. Deploy only from main.
            Keep the main path under 15 minutes.
            """);

    assertTrue(text.numbered());
    assertEquals(
        List.of(
            "**Measure the pain (2 weeks).** Time spent waiting, number of breakages.",
            "Deploy only from main."),
        text.items());
    assertEquals(
        List.of("Keep the main path under 15 minutes."),
        text.sentences(),
        "an unindented sentence after a finished item is the paragraph its author meant");
  }

  @Test
  void aLongLineIsCutAfterASentence() {
    String line =
        "A first sentence that says enough. " + "Then many more words follow here. ".repeat(10);

    String cut = SectionText.shortened(line);

    assertTrue(cut.length() <= SectionText.MAX_LINE_CHARS + 2, cut);
    assertTrue(cut.endsWith(". …"), cut);
  }
}
