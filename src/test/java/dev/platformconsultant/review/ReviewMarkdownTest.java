package dev.platformconsultant.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.platformconsultant.Golden;
import dev.platformconsultant.ScriptedLanguageModel;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.model.Mode;
import dev.platformconsultant.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** Reviews as a user reads them: golden files (see {@link Golden}) next to their inputs. */
class ReviewMarkdownTest {
  private static final String DESIGN = TestApp.resource("review/planted-problems.md");

  @Test
  void anOfflineReviewRendersAsTheGoldenFileSays() {
    Review review = TestApp.reviewer(Optional.empty()).review(DESIGN);

    Golden.assertMatches(
        "review/planted-problems.offline-review.md", ReviewMarkdown.render(review) + "\n");
  }

  @Test
  void anLlmReviewRendersAsTheGoldenFileSays() {
    ScriptedLanguageModel model =
        new ScriptedLanguageModel(TestApp.resource("review/llm-review-good.json"));

    Review review = TestApp.reviewer(Optional.of(model)).review(DESIGN);

    Golden.assertMatches("review/llm-review-good.review.md", ReviewMarkdown.render(review) + "\n");
  }

  @Test
  void aTenthFindingKeepsItsDetailsInsideTheNumberedList() {
    List<Finding> findings =
        IntStream.rangeClosed(1, 12)
            .mapToObj(
                i ->
                    new Finding(
                        Severity.MEDIUM,
                        Area.SECURITY,
                        "Item " + i,
                        "The design is silent on this.",
                        "Do it.",
                        "checklist#item-" + i))
            .toList();
    Review review =
        new Review(
            "Twelve findings.",
            List.of(),
            findings,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            Mode.OFFLINE,
            Language.EN,
            Optional.empty());

    Node document = Parser.builder().build().parse(ReviewMarkdown.render(review));

    List<OrderedList> lists = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(OrderedList list) {
            lists.add(list);
          }
        });
    OrderedList numbered = lists.getFirst();
    int items = 0;
    for (Node item = numbered.getFirstChild(); item != null; item = item.getNext()) {
      items++;
      assertInstanceOf(BulletList.class, item.getLastChild(), "finding " + items + "'s details");
    }
    assertEquals(12, items, "one numbered list holds every finding");
  }
}
