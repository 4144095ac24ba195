package dev.platformconsultant.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.util.json.GsonFactory;
import dev.platformconsultant.Golden;
import dev.platformconsultant.ScriptedLanguageModel;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.adr.AdrDraft;
import dev.platformconsultant.adr.AdrRequest;
import dev.platformconsultant.adr.AdrTemplate;
import dev.platformconsultant.consultant.Answer;
import dev.platformconsultant.consultant.SourceRef;
import dev.platformconsultant.model.Mode;
import dev.platformconsultant.model.TokenUsage;
import dev.platformconsultant.review.Review;
import dev.platformconsultant.text.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files (see {@link Golden}): src/test/resources/slack/render/NAME.md rendered must equal
 * NAME.json; a review and an ADR draft must equal theirs.
 */
class BlockKitRendererTest {
  private static final Path DIR = Path.of("src/test/resources/slack/render");
  private final BlockKitRenderer renderer = new BlockKitRenderer();
  private final Gson gson = GsonFactory.createSnakeCase();
  private final Gson pretty = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  private Answer answer(String markdown) {
    return new Answer(
        markdown,
        List.of(
            new SourceRef(
                1,
                "slo-error-budgets#choosing-slis",
                "SLIs, SLOs, SLAs and error budgets",
                "knowledge/slo-error-budgets.md",
                "Choosing SLIs"),
            new SourceRef(
                2,
                "observability#red-and-use",
                "Observability",
                "knowledge/observability.md",
                "RED and USE")),
        Mode.LLM,
        Language.EN,
        TokenUsage.NONE,
        Duration.ZERO,
        Optional.empty(),
        false);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"formatting", "long"})
  void rendersAsTheGoldenFileSays(String name) throws IOException {
    String markdown = Files.readString(DIR.resolve(name + ".md"), StandardCharsets.UTF_8);

    List<SlackMessage> messages = renderer.answer(answer(markdown), "q-golden");

    Golden.assertMatches("slack/render/" + name + ".json", json(messages));
  }

  private String json(List<SlackMessage> messages) {
    return pretty.toJson(com.google.gson.JsonParser.parseString(gson.toJson(messages))) + "\n";
  }

  @Test
  void aFallbackReviewRendersAsTheGoldenFileSays() {
    Review review =
        TestApp.reviewer(Optional.of(new ScriptedLanguageModel("Sure! Here is my review.")))
            .review(TestApp.resource("review/planted-problems.md"));

    String actual = json(renderer.review(review, "q-review-1"));

    Golden.assertMatches("slack/render/planted-problems.fallback-review.json", actual);
  }

  @Test
  void anAdrDraftRendersAsTheGoldenFileSays() {
    AdrDraft draft =
        TestApp.drafter(
                Optional.of(new ScriptedLanguageModel(TestApp.resource("adr/llm-adr-good.json"))),
                Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC))
            .draft(
                AdrRequest.builder("Use Kafka for order events")
                    .context("Order events are lost when the monolith restarts.")
                    .options("Kafka, RabbitMQ")
                    .participants(List.of("<@U0ALICE>", "<@U0BOB>"))
                    .link("https://kestrel.slack.com/archives/C0001/p1764029000000100")
                    .build());

    List<SlackMessage> messages =
        renderer.adr(draft, AdrTemplate.of("madr").render(draft), "draft-golden");

    Golden.assertMatches("slack/render/llm-adr-good.adr.json", json(messages));
  }

  @Test
  void everyMessageRespectsSlacksLimitsAndNoCodeBlockIsCut() throws IOException {
    String markdown = Files.readString(DIR.resolve("long.md"), StandardCharsets.UTF_8);

    List<SlackMessage> messages = renderer.answer(answer(markdown), "q");

    assertTrue(messages.size() > 1, "a long answer is split into several messages");
    for (SlackMessage m : messages) {
      assertTrue(
          m.blocks().size() <= SlackLimits.BLOCKS_PER_MESSAGE, "blocks " + m.blocks().size());
      int chars = 0;
      for (LayoutBlock b : m.blocks()) {
        if (b instanceof SectionBlock s) {
          String text = s.getText().getText();
          assertTrue(text.length() <= SlackLimits.SECTION_TEXT, "section of " + text.length());
          assertEquals(0, count(text, "```") % 2, "a code fence is never left open: " + text);
          chars += text.length();
        }
      }
      assertTrue(chars <= SlackLimits.MESSAGE_TEXT, "message of " + chars);
    }
    assertTrue(
        messages.getLast().blocks().getLast().toString().contains("feedback_helpful"),
        "buttons close the last message");
  }

  @Test
  void aSingleParagraphLongerThanASectionIsSplitBetweenSentences() {
    String paragraph =
        "This sentence about canary releases is fairly long and keeps going. ".repeat(80);

    List<LayoutBlock> blocks = renderer.blocks(paragraph);

    assertTrue(blocks.size() >= 2);
    for (LayoutBlock b : blocks) {
      String text = ((SectionBlock) b).getText().getText();
      assertTrue(text.length() <= SlackLimits.SECTION_TEXT);
      assertTrue(
          text.endsWith("."), "cut after a sentence: …" + text.substring(text.length() - 20));
    }
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }
}
