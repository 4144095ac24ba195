package dev.platformconsultant.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.TestApp;
import dev.platformconsultant.text.TokenCounter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexicalSearchTest {
  private final KnowledgeBase kb =
      HybridKnowledgeBase.lexical(
          new KnowledgeLoader(new MarkdownDocumentParser(new TokenCounter()))
              .load(List.of(Path.of(TestApp.FIXTURE_KNOWLEDGE)))
              .documents());

  @Test
  void findsTheSectionThatAnswersAnEnglishQuestion() {
    List<Passage> hits = kb.search("How should we define SLOs for a payment API?", 3);

    Passage answering =
        hits.stream()
            .filter(p -> p.id().equals("slo-error-budgets#choosing-slis"))
            .findFirst()
            .orElseThrow();
    assertTrue(hits.indexOf(answering) < 2, "in the top two: " + hits);
    assertTrue(answering.coverage() > 0.5, "coverage " + answering.coverage());
  }

  @Test
  void aFrenchQuestionFindsTheEnglishDocumentThroughItsAliases() {
    assertEquals(
        "kubernetes-cost-optimisation",
        kb.search("Comment réduire nos coûts Kubernetes ?", 3).getFirst().documentId());
    assertEquals(
        "slo-error-budgets", kb.search("c'est quoi un budget d'erreur", 3).getFirst().documentId());
  }

  @Test
  void accentsAndElisionDoNotMatter() {
    assertEquals(
        kb.search("fréquence de déploiement", 1).getFirst().id(),
        kb.search("frequence de deploiement", 1).getFirst().id());
  }

  @Test
  void nothingMatchesGivesNoPassage() {
    assertTrue(kb.search("zzzz qqqq", 5).isEmpty());
    assertTrue(kb.search("   ", 5).isEmpty());
  }

  @Test
  void aFiftyThousandCharacterQueryIsSearchedWithoutFailing() {
    String huge = "We need SLOs for the payment API and an error budget policy. ".repeat(900);

    assertFalse(kb.search(huge, 5).isEmpty());
  }

  @Test
  void passagesOpenByIdAndDocumentIdOpensTheFirstSection() {
    assertEquals(
        "Error budget policy",
        kb.passage("slo-error-budgets#error-budget-policy").orElseThrow().heading());
    assertEquals("slo-error-budgets#overview", kb.passage("slo-error-budgets").orElseThrow().id());
    assertTrue(kb.passage("nope#nothing").isEmpty());
  }

  @Test
  void aPassageSaysWhetherItsDocumentIsAboutTheQuestion() {
    Passage onTopic = kb.search("How should we define SLOs for a payment API?", 1).getFirst();
    assertTrue(onTopic.evidence().onTopic(), onTopic.evidence().toString());

    // The best of nothing: one common word shared with a document is not a topic.
    for (Passage p : kb.search("What is the best pizza topping for a team lunch?", 5)) {
      assertFalse(p.evidence().onTopic(), p.id() + " " + p.evidence());
    }
  }

  @Test
  void aOneWordQuestionThatADocumentHoldsIsOnTopic() {
    Passage hit = kb.search("Karpenter?", 1).getFirst();

    assertEquals("kubernetes-cost-optimisation", hit.documentId());
    assertTrue(hit.evidence().onTopic(), hit.evidence().toString());
  }

  @Test
  void ciDoesNotMatchTheCisBenchmarks() {
    KnowledgeBase base =
        HybridKnowledgeBase.lexical(
            List.of(
                new KnowledgeDocument(
                    "cis-benchmarks",
                    "CIS Benchmarks",
                    "framework",
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    Path.of("cis.md"),
                    List.of(new Section("overview", List.of("Overview"), "CIS hardening.")))));

    assertTrue(base.search("our CI is slow", 5).isEmpty(), "\"CIS\" used to stem to \"ci\"");
  }
}
