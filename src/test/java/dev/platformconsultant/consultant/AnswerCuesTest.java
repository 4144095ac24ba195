package dev.platformconsultant.consultant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.text.Language;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerCuesTest {
  private final AnswerCues cues = AnswerCues.shipped();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "our staging is always broken, what do we do | DO",
        "on a leaké un .env sur github hier, on fait quoi ? | DO",
        "How do I make the case to our CFO for funding a platform team? | DO",
        "mgmt wants 99.99%, what target should we set? | DO",
        "whats a golden path and how is it different from a template? | WHAT",
        "c'est quoi exactement les métriques DORA ? | WHAT",
        "what are the dora metrics? | WHAT",
        "how do we measure lead time from github actions? | MEASURE",
        "Comment mesurer la maturité de notre plateforme interne ? | MEASURE",
        "quels KPI suivre pour notre chemin doré ? | MEASURE",
        "kubernetes costs | DO"
      })
  void aQuestionSaysWhatItAsksFor(String question, Intent intent) {
    assertEquals(intent, cues.intentOf(question));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The cure | act",
        "How to get out of it | act",
        "Quick wins (first month) | act",
        "Overview | define",
        "The five metrics | define",
        "How to measure it | measure",
        "How to know it is fixed | measure",
        "Symptoms | context",
        "Why it hurts | context",
        "Checklist | checklist",
        "Evidence bundles | other"
      })
  void aHeadingSaysWhatItsSectionOffers(String heading, String role) {
    assertTrue(cues.rolesOf(heading).contains(role), heading + " -> " + cues.rolesOf(heading));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Start with the two or three journeys that lose money. | EN | true",
        "Do not measure CPU: users do not feel CPU. | EN | true",
        "Right-size requests with data. | EN | true",
        "The policy matters more than the number. | EN | false",
        "Commencez par les deux ou trois parcours qui coûtent. | FR | true",
        "N'utilisez pas de variables d'environnement. | FR | true",
        "Rendez-le stable et semblable à la production. | FR | true",
        "Le budget d'erreur est ce que le SLO laisse. | FR | false",
        "Chez nous, le budget est épuisé. | FR | false"
      })
  void anInstructionOpensWithAnImperative(String sentence, Language language, boolean imperative) {
    assertEquals(imperative, cues.imperative(sentence, language), sentence);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Time to first production deployment (target: under one day). | EN | true",
        "waiting time for a test environment under 15 minutes. | EN | true",
        "Pipeline duration p50/p90, success rate on the main branch. | EN | false",
        "DORA notes its 2021 report wrongly called it a fifth metric. | EN | false",
        "Délai jusqu'au premier déploiement (cible : moins d'une journée). | FR | true",
        "Satisfaction des développeurs avec le chemin. | FR | false"
      })
  void aFigureIsANumberOrATargetNotADateOrAPercentile(
      String line, Language language, boolean figure) {
    assertEquals(figure, cues.figure(line, language), line);
  }

  @org.junit.jupiter.api.Test
  void aSectionOfTheKindAskedForFitsBest() {
    assertTrue(cues.fit(Intent.DO, Set.of("act")) > cues.fit(Intent.DO, Set.of("context")));
    assertTrue(cues.fit(Intent.WHAT, Set.of("define")) > cues.fit(Intent.WHAT, Set.of("act")));
    assertTrue(
        cues.fit(Intent.MEASURE, Set.of("measure")) > cues.fit(Intent.MEASURE, Set.of("define")));
    assertFalse(cues.fit(Intent.DO, Set.of("context")) > 0.2);
  }
}
