package dev.platformconsultant.deliverable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.platformconsultant.text.Language;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small French deliverable (a table, accents, symbols, a chart) through {@link HtmlDocument} and
 * then {@link PdfDocument}, read back with PDFBox.
 */
class PdfDocumentTest {
  private static final String MARKDOWN =
      """
      # Évaluation de la plateforme

      L'équipe a répondu à toutes les questions : commencez par « Interfaces ».

      Score ≥ 6,5 → objectif atteint, à ± 1,2 près.

      | Métrique | Réponse | Score |
      |---|---|---|
      | Délai de mise en production | Entre une semaine et un mois | 4 |
      | Fréquence de déploiement | Chaque jour | 8,5 |

      ![Radar](radar.png)
      """;

  @Test
  void rendersTheDeliverableAsAPdfWithItsTextTableAndChart() throws IOException {
    // given
    String html = html();

    // when
    byte[] pdf = PdfDocument.render(html);

    // then
    assertEquals(
        "%PDF-", new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII), "not a PDF");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertTrue(document.getNumberOfPages() >= 1);
      String text = new PDFTextStripper().getText(document);
      for (String expected :
          new String[] {
            "Évaluation de la plateforme",
            "L'équipe a répondu à toutes les questions",
            "« Interfaces »",
            "Délai de mise en production",
            "Entre une semaine et un mois",
            "Fréquence de déploiement",
            "8,5"
          }) {
        assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
      }
      assertTrue(hasImage(document), "the chart is not in the PDF");
    }
  }

  @Test
  void printsSymbolsWhenDejaVuSansIsInstalled() throws IOException {
    assumeTrue(
        Files.isReadable(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")),
        "DejaVu Sans is not installed");

    String text = text(PdfDocument.render(html()));

    assertTrue(text.contains("Score ≥ 6,5 → objectif atteint, à ± 1,2 près"), text);
  }

  @Test
  void fallsBackToTheBuiltInFontWhenDejaVuIsMissing(@TempDir Path noFonts) throws IOException {
    // when no font file is found
    String text = text(PdfDocument.render(html(), noFonts));

    // then French still reads, but the symbols outside Latin-1 are lost
    assertTrue(text.contains("L'équipe a répondu à toutes les questions"), text);
    assertTrue(text.contains("« Interfaces »"), text);
    assertTrue(text.contains("à ± 1,2 près"), text);
  }

  private static String html() throws IOException {
    return HtmlDocument.render("Évaluation", MARKDOWN, Map.of("radar.png", png()), Language.FR);
  }

  private static byte[] png() throws IOException {
    var image = new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB);
    var graphics = image.createGraphics();
    graphics.setColor(Color.WHITE);
    graphics.fillRect(0, 0, 120, 90);
    graphics.setColor(new Color(0x0072b2));
    graphics.fillOval(20, 10, 80, 70);
    graphics.dispose();
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static boolean hasImage(PDDocument document) throws IOException {
    for (var page : document.getPages()) {
      for (var name : page.getResources().getXObjectNames()) {
        if (page.getResources().getXObject(name) instanceof PDImageXObject) {
          return true;
        }
      }
    }
    return false;
  }
}
