package dev.platformconsultant.review;

import dev.platformconsultant.Golden;
import dev.platformconsultant.ScriptedLanguageModel;
import dev.platformconsultant.TestApp;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Golden files (see {@link Golden}) for reviews as a user reads them, next to their inputs. */
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
}
