package dev.platformconsultant.businesscase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.Golden;
import dev.platformconsultant.text.Language;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The business case's Markdown in each language, and its chart. */
class BusinessCaseReportTest {
  private static final String NNBSP = "\u202F";
  private static final String NBSP = "\u00A0";

  private final BusinessCaseReport report = new BusinessCaseReport();

  @Test
  void theExampleRendersAsItsGoldenFile() throws Exception {
    Golden.assertMatches("businesscase/example-report.md", report.render(example(Language.EN)));
  }

  @Test
  void theFrenchExampleRendersAsItsGoldenFile() throws Exception {
    Golden.assertMatches("businesscase/example-report-fr.md", report.render(example(Language.FR)));
  }

  @Test
  void englishWritesTheSymbolFirstWithCommasAndADecimalPoint() throws Exception {
    String md = report.render(example(Language.EN));

    assertTrue(md.contains("| €921,600 |"), md);
    assertTrue(
        md.contains("4" + NBSP + "full-time engineers × 12" + NBSP + "months × €10,000 per month"),
        md);
    assertTrue(md.contains("**6.9 months**"), md);
    assertTrue(md.contains("net present value at 8% is **€963,045**"), md);
    assertTrue(md.contains("return on investment **68.9%**"), md);
    assertTrue(md.contains("-€230,960"), "a negative NPV: " + md);
    assertTrue(
        md.contains("![Cumulative costs and benefits by month, three scenarios](cumulative.png)"));
  }

  @Test
  void frenchWritesTheSymbolLastWithNarrowSpacesAndADecimalComma() throws Exception {
    String md = report.render(example(Language.FR));

    assertTrue(md.contains("| 921" + NNBSP + "600" + NBSP + "€ |"), md);
    assertTrue(md.contains("**6,9 mois**"), md);
    assertTrue(md.contains("à 8" + NBSP + "% est de **963" + NNBSP + "045" + NBSP + "€**"), md);
    assertTrue(md.contains("**68,9" + NBSP + "%**"), md);
    assertTrue(md.contains("| 0,5 |"), md);
    assertFalse(md.contains("€9"), "no English currency format: " + md);
  }

  @Test
  void frenchHasNoEnglishFixedText() throws Exception {
    // given French inputs whose sources are French too, so every English word would be ours
    String md = report.render(example(Language.FR));

    // then
    Matcher english =
        Pattern.compile(
                "\\b(the|and|of|per|month|months|year|years|Summary|Costs|Benefits|Scenario|"
                    + "Payback|confirm|given|Break-even|not within|amount|Input|Value|Source of)\\b")
            .matcher(md.replace("roi-business-case", ""));
    List<String> found = english.results().map(r -> r.group()).toList();
    assertEquals(List.of(), found, md);
  }

  @Test
  void theCurrencyIsTheInputs() throws Exception {
    String usd = BusinessCaseInputsFileTest.example().replace("currency: EUR", "currency: USD");
    String chf = BusinessCaseInputsFileTest.example().replace("currency: EUR", "currency: CHF");

    String en = report.render(calculate(usd));
    String fr = report.render(calculate(chf.replace("language: en", "language: fr")));

    assertTrue(en.contains("| $921,600 |"), en);
    assertTrue(en.contains("amounts in USD"), en);
    assertTrue(fr.contains("| 921" + NNBSP + "600" + NBSP + "CHF |"), fr);
  }

  @Test
  void aCaseWithoutBreakEvenSaysSo() throws Exception {
    String yaml =
        BusinessCaseInputsFileTest.example()
            .replace(
                "hours_saved_per_developer_per_week: 2 ",
                "hours_saved_per_developer_per_week: 0.5 ");

    String md = report.render(calculate(yaml));

    assertTrue(
        md.contains("cumulative benefits do not reach cumulative costs within 3" + NBSP + "years"),
        md);
    assertFalse(md.contains("Review in month"), md);
  }

  @Test
  void theChartIsALargePngOfTheCase() throws Exception {
    byte[] png = new BusinessCaseChart().draw(example(Language.FR));

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(1200, image.getWidth());
    assertEquals(900, image.getHeight());
    assertTrue(png.length > 20_000, "a drawn chart: " + png.length + " bytes");
  }

  /** The shipped example in {@code language}, its English sources left out in French. */
  static BusinessCase example(Language language) throws Exception {
    String yaml = BusinessCaseInputsFileTest.example();
    if (language == Language.FR) {
      yaml =
          yaml.replace("language: en", "language: fr")
              .replace(
                  "Knowledge base worked example (roi-business-case)",
                  "exemple chiffré de la base de connaissances (roi-business-case)");
    }
    return calculate(yaml);
  }

  private static BusinessCase calculate(String yaml) throws Exception {
    return new BusinessCaseCalculator()
        .calculate(
            new BusinessCaseInputsFile().read(yaml),
            "example-retail-20261201-093000",
            LocalDate.of(2026, 12, 1));
  }
}
