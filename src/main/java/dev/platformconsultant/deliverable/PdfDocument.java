package dev.platformconsultant.deliverable;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A deliverable's HTML ({@link HtmlDocument}) as an A4 PDF, with page numbers in the footer.
 * Thread-safe: each call builds its own renderer.
 *
 * <p>Limits: openhtmltopdf lays out CSS 2.1 (plus paged media), not everything a browser does;
 * {@link HtmlDocument}'s stylesheet stays within it. Text is set in DejaVu Sans when its files are
 * found under {@code /usr/share/fonts}; without them it falls back to the PDF's built-in Helvetica,
 * which has the accents of French but not symbols such as ≥ or →, which then print as {@code #}.
 */
public final class PdfDocument {
  private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");

  /**
   * Added after the page's own style, so it wins. A table that fits on a page is kept whole (the
   * page's print rule); a longer one breaks between rows, its header repeated on each page. Charts
   * get a fixed width because openhtmltopdf misplaces an image sized by {@code max-width} alone
   * (off-centre and cut at the right margin). Long anchors in {@code code} wrap inside the margin.
   */
  private static final String PRINT_STYLE =
      """
      @page { size: A4; margin: 18mm 16mm 20mm 16mm;
              @bottom-center { content: counter(page) " / " counter(pages);
                               font-family: "DejaVu Sans", Helvetica, sans-serif; font-size: 8pt;
                               color: #57606a; } }
      body { margin: 0; padding: 0; max-width: none; font-size: 10pt; }
      .keep-with-next { page-break-inside: avoid; }
      table { -fs-table-paginate: paginate; font-size: 8.5pt; }
      tr, img { page-break-inside: avoid; }
      .long-words { word-wrap: break-word; }
      table.wide { font-size: 6.8pt; }
      table.wide th, table.wide td { padding: .2rem .25rem; }
      img { max-width: none; width: 13cm; height: auto; margin: 3mm auto; }
      code { font-family: "DejaVu Sans Mono", Courier, monospace; font-size: 8pt;
             word-wrap: break-word; }
      """;

  /** Characters beyond which a word may not fit a column at the tables' 8.5pt. */
  private static final int LONG_WORD = 30;

  /** Columns from which a table is set smaller to fit the page's width. */
  private static final int WIDE_TABLE = 8;

  static {
    // The library's logger is global to it; set here so that no caller has to know.
    XRLog.setLoggerImpl(new Slf4jXRLogger());
  }

  private PdfDocument() {}

  /** The PDF of a page that {@link HtmlDocument#render} made. */
  public static byte[] render(String html) {
    return render(html, DEJAVU);
  }

  static byte[] render(String html, Path fontDir) {
    // openhtmltopdf parses XML only; jsoup reads the HTML5 (unclosed <meta>, for one) as a browser
    // would and hands over a W3C DOM.
    Document page = Jsoup.parse(html);
    page.head().appendElement("style").text(PRINT_STYLE);
    keepHeadingsWithNext(page);
    wrapLongWordsInCells(page);
    narrowWideTables(page);
    var out = new ByteArrayOutputStream();
    var builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withW3cDocument(new W3CDom().fromJsoup(page), null);
    font(builder, fontDir, "DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL);
    font(builder, fontDir, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL);
    font(builder, fontDir, "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC);
    font(builder, fontDir, "DejaVuSans-BoldOblique.ttf", "DejaVu Sans", 700, FontStyle.ITALIC);
    font(builder, fontDir, "DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("could not render the PDF", e);
    }
    return out.toByteArray();
  }

  /**
   * openhtmltopdf ignores {@code page-break-after: avoid}, so a heading could end a page alone.
   * Each heading is wrapped with the element after it in a block that does not break; going
   * backwards chains a heading that is followed by another heading (h2, h3, then a list) into one
   * block.
   */
  private static void keepHeadingsWithNext(Document page) {
    var headings = page.body().select("h1, h2, h3, h4, h5, h6");
    for (int i = headings.size() - 1; i >= 0; i--) {
      Element heading = headings.get(i);
      Element next = heading.nextElementSibling();
      if (next != null) {
        heading.wrap("<div class=\"keep-with-next\"></div>");
        heading.after(next);
      }
    }
  }

  /**
   * A table cell holding a word longer than the column can be (a URL, a path) would stretch the
   * table past the margin, where it is cut off. {@code word-wrap: break-word} lets such a word
   * break anywhere, but openhtmltopdf then sizes the column as if every word could break, so it is
   * set only on the cells that need it; elsewhere short words such as "Score" stay whole.
   */
  private static void wrapLongWordsInCells(Document page) {
    for (Element cell : page.body().select("td, th")) {
      for (String word : cell.text().split("\\s+")) {
        if (word.length() > LONG_WORD) {
          cell.addClass("long-words");
          break;
        }
      }
    }
  }

  /**
   * A table of many columns (a business case's scenarios: ten) does not fit A4's width at the
   * tables' usual size and would be cut at the right margin: it is set smaller, with less padding.
   */
  private static void narrowWideTables(Document page) {
    for (Element table : page.body().select("table")) {
      Element header = table.selectFirst("tr");
      if (header != null && header.children().size() >= WIDE_TABLE) {
        table.addClass("wide");
      }
    }
  }

  /**
   * Sends openhtmltopdf's messages to our log, warnings as warnings and the rest at debug level; by
   * itself the library prints every one of them, INFO included, to stderr.
   */
  private static final class Slf4jXRLogger implements XRLogger {
    @Override
    public void log(Diagnostic diagnostic) {
      log(
          diagnostic.getLogMessageId().getWhere(),
          diagnostic.getLevel(),
          diagnostic.getFormattedMessage(),
          diagnostic.getError());
    }

    @Override
    public void log(String where, Level level, String message) {
      log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
      Logger logger = LoggerFactory.getLogger(where);
      if (level.intValue() >= Level.WARNING.intValue()) {
        logger.warn(message, error);
      } else {
        logger.debug(message, error);
      }
    }

    @Override
    public void setLevel(String logger, Level level) {}

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
      return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
          || LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere()).isDebugEnabled();
    }
  }

  /** Registers a font file if it is there; without it the family falls back to the next one. */
  private static void font(
      PdfRendererBuilder builder,
      Path dir,
      String file,
      String family,
      int weight,
      FontStyle style) {
    Path path = dir.resolve(file);
    if (Files.isReadable(path)) {
      builder.useFont(path.toFile(), family, weight, style, true);
    }
  }
}
