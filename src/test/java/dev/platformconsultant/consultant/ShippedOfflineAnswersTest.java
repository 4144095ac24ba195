package dev.platformconsultant.consultant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.TestApp;
import dev.platformconsultant.model.Question;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The offline answers a new user meets first, on the shipped knowledge base: the questions that
 * came back "not covered" or answered by an overview or a list of symptoms, and questions the base
 * is not about. Embeddings on (the default); the off-topic questions are checked without them too,
 * since a missing model falls back to lexical search.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShippedOfflineAnswersTest {
  private Consultant hybrid;
  private Consultant lexical;

  @BeforeAll
  void wire() {
    hybrid = consultant("on");
    lexical = consultant("off");
  }

  private static Consultant consultant(String embeddings) {
    Map<String, String> env = TestApp.offlineEnv();
    env.put("CONSULTANT_KNOWLEDGE_DIR", "knowledge");
    env.put("CONSULTANT_EMBEDDINGS", embeddings);
    env.put("CONSULTANT_DATA_DIR", "target/test-data-answers");
    return TestApp.wire(env).consultant();
  }

  private static List<String> cited(Answer answer) {
    return answer.sources().stream().map(SourceRef::id).toList();
  }

  @Test
  void theCaseToTheCfoIsMadeFromTheBusinessCaseWithItsFigures() {
    Answer answer =
        hybrid.answer(
            Question.of("How do I make the case to our CFO for funding a 5-person platform team?"));

    String md = answer.markdown();
    assertTrue(cited(answer).getFirst().startsWith("roi-business-case#"), cited(answer) + md);
    assertTrue(md.contains("what it returns, and when it pays back"), md);
    assertTrue(md.contains("921,600 EUR per year"), "the worked example's figures: " + md);
  }

  @Test
  void theMaturityQuestionInFrenchIsAnsweredInFrenchFromTheCncfModel() {
    Answer answer =
        hybrid.answer(
            Question.of(
                "Comment mesurer la maturité de notre plateforme interne et la comparer au marché ?"));

    String md = answer.markdown();
    assertTrue(md.startsWith("_Mode hors ligne"), md);
    assertTrue(
        cited(answer).getFirst().startsWith("cncf-platform-maturity-model#"), cited(answer) + md);
    assertTrue(
        md.contains(
            "**Recommandation.** Menez-la avec ce consultant : `/consult évaluer` dans Slack ou"
                + " `consultant assess`"),
        "the answer points to the assessment the consultant runs: " + md);
    assertTrue(md.contains("Interrogez les équipes plateforme et produit"), md);
    assertFalse(md.contains("Interview platform and product teams"), "the French text: " + md);
  }

  @Test
  void sloTargetsGetTheTargetAndItsPolicyNotTheOverview() {
    Answer answer =
        hybrid.answer(Question.of("What SLO targets should we set for our checkout service?"));

    String md = answer.markdown();
    assertEquals(
        "slo-error-budgets#setting-targets-and-the-error-budget-policy",
        cited(answer).getFirst(),
        md);
    assertTrue(md.contains("**Recommendation.** Set the first target slightly below"), md);
    assertTrue(md.contains("**Write an error budget policy"), md);
  }

  @Test
  void aSlowCiGetsTheStagesAndTheirTimesNotTheCisBenchmarks() {
    Answer answer = hybrid.answer(Question.of("Our CI is slow, what should we do?"));

    String md = answer.markdown();
    assertEquals("cicd-pipeline-design#stages", cited(answer).getFirst(), md);
    assertTrue(md.contains("Keep the main path under 10–15 minutes"), md);
    assertTrue(md.contains("**Stages** [1]\n\n1. Fast checks"), "named by its heading: " + md);
    assertTrue(cited(answer).stream().noneMatch(id -> id.startsWith("cis-benchmarks")), md);
  }

  @Test
  void aBrokenSharedStagingGetsTheCureAndTheWayOutNotItsSymptoms() {
    Answer answer =
        hybrid.answer(
            Question.of("Our shared staging environment is always broken, what should we do?"));

    String md = answer.markdown();
    assertEquals(
        List.of(
            "anti-pattern-shared-mutable-staging#the-cure",
            "anti-pattern-shared-mutable-staging#how-to-get-out-of-it",
            "anti-pattern-shared-mutable-staging#how-to-know-it-is-fixed"),
        cited(answer),
        md);
    assertTrue(md.contains("**Recommendation.** Shift confidence **left**"), md);
  }

  @Test
  void aLeakedEnvFileGetsRevokeAndRotateFirst() {
    Answer answer =
        hybrid.answer(Question.of("We leaked a .env file with secrets, what should we do?"));

    String md = answer.markdown();
    assertEquals("secrets-management#rotation-and-response", cited(answer).getFirst(), md);
    assertTrue(md.contains("revoke and rotate first"), md);
  }

  @Test
  void aFrenchLeakIsAnsweredInFrench() {
    Answer answer =
        hybrid.answer(Question.of("on a leaké un .env sur github hier, on fait quoi ?"));

    String md = answer.markdown();
    assertEquals("secrets-management#rotation-and-response", cited(answer).getFirst(), md);
    assertTrue(md.contains("révoquez et renouvelez d'abord"), md);
    assertFalse(md.contains("_(en anglais)_"), "every cited section is translated: " + md);
  }

  @Test
  void whatADesignReviewChecksIsAnsweredWithTheChecklistsQuestionsNotItsLabels() {
    Answer en =
        hybrid.answer(
            Question.of(
                "What should a design review of a new service check before it goes to"
                    + " production?"));
    Answer fr =
        lexical.answer(Question.of("que doit vérifier une revue de design avant la prod ?"));

    assertTrue(cited(en).getFirst().startsWith("design-review-checklist#"), en.markdown());
    assertTrue(
        en.markdown().contains("- _Backups and restore_ — How is the data restored"),
        en.markdown());
    assertFalse(
        en.markdown().contains("**Title (fr):**"), "labels are the reviewer's, not the user's");
    assertFalse(en.markdown().contains("If silent"), en.markdown());
    assertTrue(fr.markdown().contains("**Sécurité**"), fr.markdown());
    assertTrue(fr.markdown().contains("_Sauvegardes et restauration_ — "), fr.markdown());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "what's the weather in Lyon?",
        "recipe for crêpes",
        "quel temps fait-il à Lyon ?",
        "recette des crêpes bretonnes",
        "What is the best pizza topping?",
        "who won the football world cup in 2018?",
        "can you write me a poem about autumn?",
        "what's the capital of Australia?"
      })
  void aQuestionTheBaseIsNotAboutIsHonestlyNotCovered(String question) {
    for (Consultant consultant : List.of(hybrid, lexical)) {
      Answer answer = consultant.answer(Question.of(question));

      assertTrue(
          answer.markdown().contains("does not cover this question yet")
              || answer.markdown().contains("ne couvre pas encore cette question"),
          answer.markdown());
      assertTrue(answer.sources().isEmpty(), cited(answer).toString());
    }
  }
}
