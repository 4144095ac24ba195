package dev.platformconsultant.roadmap;

import dev.platformconsultant.text.Language;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The roadmap's impact/effort matrix: each item a numbered point, effort across (days, weeks,
 * months), impact up (1 to 5), the quick-win corner shaded. PNG sized for Slack and documents.
 */
public final class RoadmapChart {
  static final int WIDTH = 1200;
  static final int HEIGHT = 900;
  private static final Color BLUE = new Color(0x00, 0x72, 0xB2);
  private static final Color GREEN = new Color(0x00, 0x9E, 0x73);
  private static final Font TITLE = new Font("DejaVu Sans", Font.BOLD, 32);
  private static final Font LABEL = new Font("DejaVu Sans", Font.PLAIN, 20);
  private static final Font TICK = new Font("DejaVu Sans", Font.PLAIN, 18);
  private static final Font POINT = new Font("DejaVu Sans", Font.BOLD, 18);

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private RoadmapChart() {}

  public static byte[] matrix(Roadmap roadmap) {
    Language l = "fr".equals(roadmap.language()) ? Language.FR : Language.EN;
    XYSeries points = new XYSeries(w(l, "Roadmap items", "Éléments de la feuille de route"));
    Map<String, Integer> inCell = new HashMap<>();
    for (RoadmapItem item : roadmap.items()) {
      inCell.merge(column(item.effort()) + "/" + item.impact(), 1, Integer::sum);
    }
    Map<String, Integer> placed = new HashMap<>();
    XYPlot plot = new XYPlot();
    for (RoadmapItem item : roadmap.items()) {
      double x = column(item.effort());
      double y = item.impact();
      // Items of one cell are spread side by side in their order, so each number stays readable.
      String cell = x + "/" + item.impact();
      int k = inCell.get(cell);
      int i = placed.merge(cell, 1, Integer::sum) - 1;
      double shown = x + (i - (k - 1) / 2.0) * Math.min(0.16, 0.8 / k);
      points.add(shown, y);
      XYTextAnnotation label = new XYTextAnnotation(String.valueOf(item.number()), shown, y + 0.2);
      label.setFont(POINT);
      label.setTextAnchor(TextAnchor.BOTTOM_CENTER);
      plot.addAnnotation(label);
    }
    XYBoxAnnotation quickWins =
        new XYBoxAnnotation(
            0.5, 3.5, 1.5, 5.9, new BasicStroke(0f), null, new Color(0x00, 0x9E, 0x73, 40));
    plot.addAnnotation(quickWins);
    XYTextAnnotation quickLabel =
        new XYTextAnnotation(w(l, "Quick wins", "Gains rapides"), 1.0, 5.85);
    quickLabel.setFont(LABEL);
    quickLabel.setPaint(GREEN.darker());
    quickLabel.setTextAnchor(TextAnchor.TOP_CENTER);
    plot.addAnnotation(quickLabel);

    SymbolAxis effort =
        new SymbolAxis(
            w(l, "Effort", "Effort"),
            new String[] {
              "", w(l, "days", "jours"), w(l, "weeks", "semaines"), w(l, "months", "mois")
            });
    effort.setRange(0.5, 3.5);
    effort.setLabelFont(LABEL);
    effort.setTickLabelFont(TICK);
    NumberAxis impact = new NumberAxis(w(l, "Impact (1 to 5)", "Impact (1 à 5)"));
    impact.setRange(0.5, 5.9);
    impact.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    impact.setLabelFont(LABEL);
    impact.setTickLabelFont(TICK);
    plot.setDomainAxis(effort);
    plot.setRangeAxis(impact);
    plot.setDataset(new XYSeriesCollection(points));
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-9, -9, 18, 18));
    renderer.setSeriesPaint(0, BLUE);
    plot.setRenderer(renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xD0, 0xD7, 0xDE));
    plot.setRangeGridlinePaint(new Color(0xD0, 0xD7, 0xDE));

    JFreeChart chart =
        new JFreeChart(w(l, "Impact and effort", "Impact et effort"), TITLE, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.addSubtitle(
        new TextTitle(
            roadmap.team()
                + " · "
                + roadmap.date()
                + " · "
                + w(
                    l,
                    "numbers are the roadmap's items",
                    "les numéros sont ceux de la feuille de route"),
            LABEL));
    chart.setRenderingHints(
        new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON));
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  private static double column(String effort) {
    return switch (effort) {
      case "days" -> 1;
      case "weeks" -> 2;
      default -> 3;
    };
  }

  private static String w(Language l, String en, String fr) {
    return l == Language.FR ? fr : en;
  }
}
