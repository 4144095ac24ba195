package dev.platformconsultant.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
  private final LanguageDetector detector = new LanguageDetector();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Comment réduire nos coûts Kubernetes ?|FR",
        "on paie trop cher AWS, par où commencer ?|FR",
        "c'est quoi un budget d'erreur|FR",
        "coûts k8s ?|FR",
        "How should we define SLOs for a payment API?|EN",
        "our deploys keep breaking on fridays|EN",
        "SLO|EN",
        "Kubernetes multi-tenancy|EN",
      })
  void tellsFrenchFromEnglish(String text, Language expected) {
    assertEquals(expected, detector.detect(text));
  }
}
