package dev.platformconsultant.deliverable;

import dev.platformconsultant.text.Language;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A deliverable's Markdown as one self-contained HTML file: its charts embedded as data URIs and
 * its style inline, so that an engineering manager can forward a single file that opens anywhere,
 * offline, and prints cleanly. Raw HTML in the Markdown is escaped, never passed through.
 */
public final class HtmlDocument {
  private static final List<org.commonmark.Extension> EXTENSIONS =
      List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  private static final String STYLE =
      """
      body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328;
             max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.5; }
      h1 { font-size: 1.8rem; border-bottom: 2px solid #0072b2; padding-bottom: .3rem; }
      h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; }
      h3 { font-size: 1.1rem; margin-top: 1.5rem; }
      table { border-collapse: collapse; margin: 1rem 0; width: 100%; font-size: .92rem; }
      th, td { border: 1px solid #d0d7de; padding: .35rem .6rem; text-align: left; vertical-align: top; }
      th { background: #f6f8fa; }
      tr:nth-child(even) td { background: #fbfbfc; }
      img { max-width: 100%; height: auto; display: block; margin: 1rem auto; }
      code { background: #f6f8fa; padding: .1rem .3rem; border-radius: 4px; font-size: .88em; }
      blockquote { border-left: 4px solid #e69f00; margin: 1rem 0; padding: .3rem 1rem; background: #fff8e6; }
      em { color: #57606a; }
      @media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; }
                     img, table { page-break-inside: avoid; } }
      """;

  private HtmlDocument() {}

  /**
   * @param images the files the Markdown links by name ({@code radar.png} → PNG bytes); an image
   *     whose file is not given keeps its link
   */
  public static String render(
      String title, String markdown, Map<String, byte[]> images, Language language) {
    Node document = PARSER.parse(markdown);
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> embedded(images))
            .build();
    return """
        <!DOCTYPE html>
        <html lang="%s">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s</title>
        <style>
        %s</style>
        </head>
        <body>
        %s</body>
        </html>
        """
        .formatted(language.code(), escape(title), STYLE, renderer.render(document));
  }

  /** Replaces an image's file name by its bytes as a data URI. */
  private static AttributeProvider embedded(Map<String, byte[]> images) {
    return (node, tagName, attributes) -> {
      if (node instanceof Image image && images.containsKey(image.getDestination())) {
        attributes.put(
            "src",
            "data:image/png;base64,"
                + Base64.getEncoder().encodeToString(images.get(image.getDestination())));
      }
    };
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
