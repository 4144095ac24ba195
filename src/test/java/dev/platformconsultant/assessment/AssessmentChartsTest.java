package dev.platformconsultant.assessment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.text.Language;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The three charts drawn from a hand-made questionnaire and history. To look at them, run with
 * {@code -Dassessment.charts.dir=/tmp/charts}: the test then also writes every PNG there.
 */
class AssessmentChartsTest {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final List<String> METRICS =
      List.of(
          "change_lead_time",
          "deployment_frequency",
          "failed_deployment_recovery_time",
          "change_fail_rate",
          "deployment_rework_rate");
  private static final List<String> ASPECTS =
      List.of("investment", "adoption", "interfaces", "operations", "measurement");

  private final Questionnaire questionnaire = questionnaire();
  private final AssessmentCharts charts = new AssessmentCharts(questionnaire);

  @Test
  void drawsTheThreeChartsAsReadablePngsOfTheSlackSize() throws IOException {
    // given a team's third assessment
    List<Assessment> history = history("en");

    // when
    Map<String, byte[]> pngs = charts.draw(history.getLast(), history);

    // then
    assertEquals(Set.of("radar.png", "dora.png", "trend.png"), pngs.keySet());
    for (Map.Entry<String, byte[]> png : pngs.entrySet()) {
      save("en-" + png.getKey(), png.getValue());
      assertIsAChart(png.getKey(), png.getValue());
    }
  }

  @Test
  void drawsInFrenchWhenTheAssessmentIsInFrench() throws IOException {
    // given the same history, once in English and once in French
    List<Assessment> english = history("en");
    List<Assessment> french = history("fr");

    // when
    Map<String, byte[]> en = charts.draw(english.getLast(), english);
    Map<String, byte[]> fr = charts.draw(french.getLast(), french);

    // then the same charts, with other words in them
    for (String name : List.of("radar.png", "dora.png", "trend.png")) {
      save("fr-" + name, fr.get(name));
      assertIsAChart(name, fr.get(name));
      assertFalse(
          Arrays.equals(pixels(en.get(name)), pixels(fr.get(name))),
          name + ": the French chart is drawn like the English one");
    }
  }

  @Test
  void drawsTheTrendOfAFirstAssessment() throws IOException {
    // given a team's first assessment
    Assessment first = history("en").getFirst();

    // when the history holds only this one, or is left empty
    Map<String, byte[]> pngs = charts.draw(first, List.of(first));
    Map<String, byte[]> fromEmpty = charts.draw(first, List.of());

    // then the trend still renders, and the radar has no previous series to draw
    save("first-trend.png", pngs.get("trend.png"));
    save("first-radar.png", pngs.get("radar.png"));
    assertIsAChart("trend.png", pngs.get("trend.png"));
    assertIsAChart("radar.png", pngs.get("radar.png"));
    assertArrayEquals(pixels(pngs.get("trend.png")), pixels(fromEmpty.get("trend.png")));
  }

  @Test
  void theRadarShowsThePreviousAssessmentWhenThereIsOne() throws IOException {
    // given
    List<Assessment> history = history("en");

    // when
    byte[] alone = charts.radar(history.getLast(), Language.EN);
    byte[] withPrevious = charts.draw(history.getLast(), history).get("radar.png");

    // then
    assertFalse(Arrays.equals(pixels(alone), pixels(withPrevious)));
  }

  @Test
  void drawsScoresAtTheEndsOfTheScaleAndTwoAssessmentsOnOneDay() throws IOException {
    // given scores of 0 and 10, and a second assessment the same day
    Assessment morning =
        assessment(
            "payments-20250301-090000",
            "2025-03-01T09:00:00Z",
            "fr",
            new double[] {0, 10, 10, 0.5, 9.5},
            new int[] {1, 4, 4, 1, 4});
    Assessment afternoon =
        assessment(
            "payments-20250301-160000",
            "2025-03-01T16:00:00Z",
            "fr",
            new double[] {10, 10, 10, 10, 10},
            new int[] {4, 4, 4, 4, 4});

    // when
    Map<String, byte[]> pngs = charts.draw(afternoon, List.of(morning, afternoon));
    byte[] extremes = charts.dora(morning, Language.FR);

    // then
    save("edge-dora.png", extremes);
    save("edge-trend.png", pngs.get("trend.png"));
    save("edge-radar.png", pngs.get("radar.png"));
    assertIsAChart("dora.png", extremes);
    for (Map.Entry<String, byte[]> png : pngs.entrySet()) {
      assertIsAChart(png.getKey(), png.getValue());
    }
  }

  @Test
  void aTrendNeedsAnAssessment() {
    assertThrows(IllegalArgumentException.class, () -> charts.trend(List.of(), Language.EN));
  }

  @Test
  void aLevelNameDropsItsExplanation() {
    assertEquals("Provisional", AssessmentCharts.shortLabel("Provisional: ad hoc, by volunteers"));
    assertEquals("Scalable", AssessmentCharts.shortLabel("Scalable — standard, self-service"));
    assertEquals("Optimizing", AssessmentCharts.shortLabel("Optimizing"));
  }

  // ----- assertions -----

  private static void assertIsAChart(String name, byte[] png) throws IOException {
    assertTrue(png.length > 10_000, name + " is suspiciously small: " + png.length + " bytes");
    assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, PNG_SIGNATURE.length), name);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertNotNull(image, name + " does not decode");
    assertEquals(AssessmentCharts.WIDTH, image.getWidth(), name);
    assertEquals(AssessmentCharts.HEIGHT, image.getHeight(), name);
    Set<Integer> colours = new HashSet<>();
    int white = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (rgb == 0xFFFFFF) {
          white++;
        }
      }
    }
    // Anti-aliased text and several series give hundreds of shades; a blank chart gives a handful.
    assertTrue(colours.size() > 200, name + " has only " + colours.size() + " colours");
    double whiteShare = white / (image.getWidth() / 2.0 * image.getHeight() / 2.0);
    assertTrue(whiteShare > 0.5, name + ": the background is not white (" + whiteShare + ")");
    assertTrue(whiteShare < 0.97, name + " is nearly blank (" + whiteShare + " white)");
    assertEquals(0xFFFFFF, image.getRGB(2, 2) & 0xFFFFFF, name + ": corner not white");
  }

  private static int[] pixels(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }

  private static void save(String name, byte[] png) throws IOException {
    String dir = System.getProperty("assessment.charts.dir");
    if (dir != null) {
      Files.createDirectories(Path.of(dir));
      Files.write(Path.of(dir, name), png);
    }
  }

  // ----- fixtures -----

  private static List<Assessment> history(String language) {
    return List.of(
        assessment(
            "payments-20250115-093000",
            "2025-01-15T09:30:00Z",
            language,
            new double[] {2, 4, 3, 5, 4},
            new int[] {1, 1, 2, 1, 1}),
        assessment(
            "payments-20250610-140000",
            "2025-06-10T14:00:00Z",
            language,
            new double[] {4, 5, 5, 6, 5},
            new int[] {2, 2, 2, 1, 1}),
        assessment(
            "payments-20251120-101500",
            "2025-11-20T10:15:00Z",
            language,
            new double[] {6, 8, 6, 9, 7},
            new int[] {2, 3, 3, 2, 1}));
  }

  private static Assessment assessment(
      String id, String takenAt, String language, double[] dora, int[] cncf) {
    List<Assessment.Result> results = new ArrayList<>();
    for (int i = 0; i < METRICS.size(); i++) {
      results.add(
          new Assessment.Result(METRICS.get(i), "dora", 1, "c", dora[i], null, null, false));
    }
    for (int i = 0; i < ASPECTS.size(); i++) {
      results.add(
          new Assessment.Result(
              ASPECTS.get(i), "cncf", cncf[i], "l" + cncf[i], cncf[i], null, null, false));
    }
    double throughput = (dora[0] + dora[1] + dora[2]) / 3;
    double stability = (dora[3] + dora[4]) / 2;
    double overall = Arrays.stream(dora).average().orElseThrow();
    Benchmarks b = questionnaire().benchmarks();
    Map<String, Assessment.Position> metrics = new java.util.LinkedHashMap<>();
    for (int i = 0; i < METRICS.size(); i++) {
      Benchmarks.Distribution d = b.metrics().get(METRICS.get(i));
      metrics.put(
          METRICS.get(i),
          new Assessment.Position(
              "all", dora[i], d.mean(), d.standardDeviation(), d.deviations(dora[i])));
    }
    Assessment.Comparison comparison =
        new Assessment.Comparison(
            b.dataYear(),
            b.source(),
            new Assessment.Position(
                "all",
                overall,
                b.overall().mean(),
                b.overall().standardDeviation(),
                b.overall().deviations(overall)),
            metrics,
            null,
            null);
    return new Assessment(
        id,
        "Payments",
        "payments",
        takenAt,
        language,
        "test",
        results,
        new Assessment.DoraScores(throughput, stability, overall, comparison),
        List.of(),
        List.of(),
        List.of(),
        null,
        List.of(),
        null);
  }

  private static Questionnaire questionnaire() {
    List<Question> questions = new ArrayList<>();
    questions.add(dora("change_lead_time", "Change lead time", "Délai de mise en production"));
    questions.add(dora("deployment_frequency", "Deployment frequency", "Fréquence de déploiement"));
    questions.add(
        dora(
            "failed_deployment_recovery_time",
            "Failed deployment recovery time",
            "Délai de rétablissement après un déploiement en échec"));
    questions.add(dora("change_fail_rate", "Change fail rate", "Taux d'échec des changements"));
    questions.add(
        dora(
            "deployment_rework_rate",
            "Deployment rework rate",
            "Taux de reprise des déploiements"));
    questions.add(cncf("investment", "Investment", "Investissement"));
    questions.add(cncf("adoption", "Adoption", "Adoption"));
    questions.add(cncf("interfaces", "Interfaces", "Interfaces"));
    questions.add(cncf("operations", "Operations", "Opérations"));
    questions.add(cncf("measurement", "Measurement", "Mesure"));
    Benchmarks benchmarks =
        new Benchmarks(
            2025,
            "DORA Quick Check, 2025 State of AI-assisted Software Development (dora.dev)",
            new Benchmarks.Distribution(5.8, 1.9),
            Map.of(
                "change_lead_time", new Benchmarks.Distribution(5.6, 2.4),
                "deployment_frequency", new Benchmarks.Distribution(5.1, 2.7),
                "failed_deployment_recovery_time", new Benchmarks.Distribution(6.0, 2.5),
                "change_fail_rate", new Benchmarks.Distribution(6.3, 2.2),
                "deployment_rework_rate", new Benchmarks.Distribution(5.9, 2.3)),
            List.of(),
            List.of(),
            Optional.empty());
    return new Questionnaire("test", questions, benchmarks, List.of("dora.dev", "cncf.io"));
  }

  private static Question dora(String id, String en, String fr) {
    List<Choice> choices = new ArrayList<>();
    for (int score = 0; score <= 10; score += 2) {
      choices.add(choice("s" + score, new Text("score " + score, "score " + score), score));
    }
    return new Question(
        id,
        Section.DORA,
        Question.Kind.CHOICE,
        new Text(en, fr),
        new Text(en + "?", fr + " ?"),
        choices,
        Optional.of(
            id.startsWith("change_fail") || id.startsWith("deployment_re")
                ? "instability"
                : "throughput"),
        Optional.empty(),
        List.of(),
        List.of(),
        "dora.dev");
  }

  private static Question cncf(String id, String en, String fr) {
    List<Choice> levels =
        List.of(
            choice("provisional", new Text("Provisional", "Provisoire"), 1),
            choice("operational", new Text("Operational", "Opérationnel"), 2),
            choice("scalable", new Text("Scalable", "Évolutif"), 3),
            choice("optimizing", new Text("Optimizing", "Optimisé"), 4));
    return new Question(
        id,
        Section.CNCF,
        Question.Kind.CHOICE,
        new Text(en, fr),
        new Text(en + "?", fr + " ?"),
        levels,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        "tag-app-delivery.cncf.io");
  }

  private static Choice choice(String id, Text label, double score) {
    return new Choice(
        id, label, Optional.empty(), score, OptionalDouble.empty(), OptionalDouble.empty());
  }
}
