package dev.platformconsultant.deliverable;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look every chart of a deliverable shares: 1200 × 900 PNGs (sized for Slack and A4), the
 * Okabe-Ito colour-blind-safe palette, large sans-serif type, white backgrounds. No JFreeChart
 * theme: applying one clears the series paints and strokes a chart sets.
 */
public final class ChartStyle {
  public static final int WIDTH = 1200;
  public static final int HEIGHT = 900;

  public static final Color BLUE = new Color(0x0072B2);
  public static final Color ORANGE = new Color(0xE69F00);
  public static final Color SKY = new Color(0x56B4E9);
  public static final Color GREEN = new Color(0x009E73);
  public static final Color VERMILLION = new Color(0xD55E00);
  public static final Color PURPLE = new Color(0xCC79A7);
  public static final Color INK = new Color(0x222222);
  public static final Color MUTED = new Color(0x555555);
  public static final Color GRID = new Color(0xD0D0D0);
  public static final Color AXIS = new Color(0x8C8C8C);

  public static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 32);
  public static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
  public static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
  public static final Font LABEL_BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 20);
  public static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 18);

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private ChartStyle() {}

  /** Fonts, colours and spacing of the titles and legends, once the chart is built. */
  public static void finish(JFreeChart chart) {
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      if (chart.getSubtitle(i) instanceof LegendTitle legend) {
        legend.setItemFont(LABEL_FONT);
        legend.setItemPaint(INK);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setItemLabelPadding(new RectangleInsets(2, 6, 2, 22));
        legend.setPadding(new RectangleInsets(6, 0, 2, 0));
      }
    }
    chart.getTitle().setPaint(INK);
    chart.getTitle().setPadding(new RectangleInsets(4, 0, 6, 0));
    chart.getTitle().setHorizontalAlignment(HorizontalAlignment.CENTER);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(18, 18, 14, 24));
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart
        .getRenderingHints()
        .put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
  }

  public static void style(Axis axis) {
    axis.setLabelFont(LABEL_FONT);
    axis.setLabelPaint(INK);
    axis.setTickLabelFont(TICK_FONT);
    axis.setTickLabelPaint(INK);
    axis.setAxisLinePaint(AXIS);
    axis.setTickMarkPaint(AXIS);
  }

  public static void subtitle(JFreeChart chart, String line) {
    TextTitle t = new TextTitle(line, SUBTITLE_FONT);
    t.setPaint(MUTED);
    t.setPadding(new RectangleInsets(2, 0, 2, 0));
    chart.addSubtitle(t);
  }

  public static byte[] png(JFreeChart chart) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode a chart as PNG", e);
    }
    return out.toByteArray();
  }

  public static Stroke dashed(float width, float dash, float gap) {
    return new BasicStroke(
        width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {dash, gap}, 0f);
  }
}
