package dev.platformconsultant.consultant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.TestApp;
import dev.platformconsultant.model.Mode;
import dev.platformconsultant.model.Question;
import dev.platformconsultant.model.Turn;
import dev.platformconsultant.text.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConsultantOfflineTest {
  /**
   * Wired once for the class: a consultant keeps nothing between questions (one instance serves
   * every conversation), so each test still starts from the same app.
   */
  private static Consultant consultant;

  @BeforeAll
  static void wire() {
    consultant = TestApp.wire(TestApp.offlineEnv()).consultant();
  }

  @Test
  void anEnglishQuestionGetsALabelledCitedExcerptAnswer() {
    Answer answer = consultant.answer(Question.of("How should we define SLOs for a payment API?"));

    assertEquals(Mode.OFFLINE, answer.mode());
    assertEquals(Language.EN, answer.language());
    assertTrue(
        answer
            .markdown()
            .startsWith("_Offline mode: knowledge-base excerpts, no LLM configured._"));
    assertTrue(answer.markdown().contains("ratio of successful requests"), answer.markdown());
    assertEquals("slo-error-budgets#choosing-slis", answer.sources().getFirst().id());
    assertTrue(answer.markdown().contains("[1]"));
    assertFalse(answer.degraded());
  }

  @Test
  void aFrenchQuestionIsFramedInFrench() {
    Answer answer = consultant.answer(Question.of("Comment réduire nos coûts Kubernetes ?"));

    assertEquals(Language.FR, answer.language());
    assertTrue(answer.markdown().startsWith("_Mode hors ligne"), answer.markdown());
    assertTrue(
        answer.markdown().contains("**Recommandation.**")
            || answer.markdown().contains("**En bref.**"),
        "French headings: " + answer.markdown());
    assertTrue(
        answer.markdown().contains("_(en anglais)_"),
        "says the fixture's untranslated text is English: " + answer.markdown());
    assertEquals("kubernetes-cost-optimisation", answer.sources().getFirst().id().split("#")[0]);
  }

  @Test
  void aQuestionTheBaseDoesNotCoverSaysSoHonestly() {
    Answer answer = consultant.answer(Question.of("What is the best pizza topping?"));

    assertTrue(
        answer.markdown().contains("The knowledge base does not cover this question yet."),
        answer.markdown());
    assertTrue(answer.sources().isEmpty());
  }

  @Test
  void theOfflineAnswerIsHandedToTheListenerToo() {
    List<String> parts = new ArrayList<>();

    Answer answer = consultant.answer(Question.of("error budget policy"), parts::add);

    assertEquals(answer.markdown(), String.join("", parts));
  }

  @Test
  void aShortFollowUpIsSearchedWithThePreviousQuestion() {
    Question followUp =
        new Question(
            "and the policy?",
            List.of(
                Turn.user("what is an error budget?"), Turn.assistant("A budget of failures.")));

    Answer answer = consultant.answer(followUp);

    assertEquals("slo-error-budgets", answer.sources().getFirst().id().split("#")[0]);
  }
}
