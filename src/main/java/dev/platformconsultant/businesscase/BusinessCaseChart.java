package dev.platformconsultant.businesscase;

import dev.platformconsultant.businesscase.BusinessCase.Kind;
import dev.platformconsultant.businesscase.BusinessCase.Month;
import dev.platformconsultant.businesscase.BusinessCase.Scenario;
import dev.platformconsultant.businesscase.BusinessCaseInputs.Unit;
import dev.platformconsultant.deliverable.ChartStyle;
import dev.platformconsultant.text.Language;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a business case's cumulative costs against its cumulative benefits, month by month, for the
 * three scenarios, with each break-even month marked: one PNG of 1200 × 900 pixels, its words in
 * the case's language and its amounts in its currency. Stateless and thread-safe; runs headless.
 */
public final class BusinessCaseChart {
  static final int WIDTH = 1200;
  static final int HEIGHT = 900;

  static {
    // Charts are drawn on servers without a display; AWT must know before its first use.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  // Okabe-Ito: distinct for the common colour-vision deficiencies, and in greyscale print.
  private static final Color BLUE = new Color(0x0072B2);
  private static final Color ORANGE = new Color(0xE69F00);
  private static final Color GREEN = new Color(0x009E73);
  private static final Color VERMILLION = new Color(0xD55E00);
  private static final Color INK = new Color(0x222222);
  private static final Color MUTED = new Color(0x555555);
  private static final Color GRID = new Color(0xD0D0D0);
  private static final Color AXIS = new Color(0x8C8C8C);

  private static final String FONT = Font.SANS_SERIF;
  private static final Font TITLE_FONT = new Font(FONT, Font.BOLD, 32);
  private static final Font SUBTITLE_FONT = new Font(FONT, Font.PLAIN, 20);
  private static final Font LABEL_FONT = new Font(FONT, Font.PLAIN, 20);
  private static final Font LABEL_BOLD = new Font(FONT, Font.BOLD, 20);
  private static final Font TICK_FONT = new Font(FONT, Font.PLAIN, 18);

  /** The chart as PNG bytes. */
  public byte[] draw(BusinessCase bc) {
    Language l = bc.inputs().language();
    String currency = bc.inputs().currency();
    XYSeriesCollection data = new XYSeriesCollection();
    Scenario expected = bc.scenario(Kind.EXPECTED);
    data.addSeries(series(L.COSTS.in(l), expected.months(), true));
    List<Kind> order = List.of(Kind.CONSERVATIVE, Kind.EXPECTED, Kind.OPTIMISTIC);
    for (Kind kind : order) {
      Scenario s = bc.scenario(kind);
      data.addSeries(
          series(
              L.BENEFITS
                  .in(l)
                  .formatted(
                      kind.title(l).toLowerCase(BusinessCaseReport.locale(l)),
                      BusinessCaseReport.decimal(l, s.multiplier(), 2)),
              s.months(),
              false));
    }

    int months = bc.inputs().horizonYears() * 12;
    NumberAxis x = new NumberAxis(L.MONTH.in(l));
    x.setRange(0, months);
    x.setTickUnit(
        new NumberTickUnit(
            months <= 36 ? 3 : months <= 72 ? 6 : 12,
            NumberFormat.getIntegerInstance(BusinessCaseReport.locale(l))));
    NumberAxis y = new NumberAxis(L.AMOUNT.in(l).formatted(currency));
    y.setAutoRangeIncludesZero(true);
    style(x);
    style(y);

    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    // One path per series: drawn segment by segment, a dash pattern restarts every month and the
    // dashed and dotted lines of long horizons look solid.
    renderer.setDrawSeriesLineAsPath(true);
    renderer.setSeriesPaint(0, VERMILLION);
    renderer.setSeriesStroke(0, new BasicStroke(5f));
    renderer.setSeriesPaint(1, ORANGE);
    renderer.setSeriesStroke(1, dashed(4f));
    renderer.setSeriesPaint(2, BLUE);
    renderer.setSeriesStroke(2, new BasicStroke(5f));
    renderer.setSeriesPaint(3, GREEN);
    renderer.setSeriesStroke(3, dotted(4f));
    renderer.setLegendLine(new java.awt.geom.Line2D.Double(-22, 0, 22, 0));

    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setDomainGridlinesVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setInsets(new RectangleInsets(8, 8, 8, 24));
    // A faint line at each year's end, where the NPV counts the year's cash flow.
    for (int year = 1; year < bc.inputs().horizonYears(); year++) {
      ValueMarker end = new ValueMarker(year * 12, GRID, new BasicStroke(1.5f));
      end.setLabel(L.YEAR.in(l).formatted(year + 1));
      end.setLabelFont(TICK_FONT);
      end.setLabelPaint(MUTED);
      end.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      end.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      end.setLabelOffset(new RectangleInsets(6, 6, 6, 6));
      end.setLabelBackgroundColor(Color.WHITE);
      plot.addDomainMarker(end);
    }
    List<Color> colours = List.of(ORANGE, BLUE, GREEN);
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      Scenario s = bc.scenario(order.get(i));
      rows.add(breakEven(bc, l, order.get(i)));
      if (s.breakEvenMonth() != null) {
        int m = s.breakEvenMonth();
        plot.addAnnotation(
            new BreakEvenPoint(
                m, s.months().get(m - 1).cumulativeBenefits().doubleValue(), colours.get(i)),
            false);
      }
    }
    plot.addAnnotation(new BreakEvenBox(L.BREAK_EVENS.in(l), rows, colours), false);
    y.setTickUnit(new NumberTickUnit(step(maximum(bc)), new MoneyFormat(l, currency)));

    JFreeChart chart = new JFreeChart(L.TITLE.in(l), TITLE_FONT, plot, true);
    subtitle(
        chart,
        bc.inputs().organisation()
            + " · "
            + bc.date()
            + " · "
            + L.HORIZON
                .in(l)
                .formatted(BusinessCaseReport.quantity(l, bc.inputs().horizonYears(), Unit.YEARS)));
    finish(chart);
    return png(chart);
  }

  /** "Expected: month 6", "Conservative: not within 3 years". */
  private static String breakEven(BusinessCase bc, Language l, Kind kind) {
    Integer m = bc.scenario(kind).breakEvenMonth();
    return kind.title(l)
        + (l == Language.FR ? " : " : ": ")
        + (m == null
            ? L.NONE
                .in(l)
                .formatted(BusinessCaseReport.quantity(l, bc.inputs().horizonYears(), Unit.YEARS))
            : L.MONTH_N.in(l).formatted(m));
  }

  /** The highest cumulative amount drawn. */
  private static double maximum(BusinessCase bc) {
    double max = 0;
    for (Scenario s : bc.scenarios()) {
      Month last = s.months().getLast();
      max =
          Math.max(
              max,
              Math.max(
                  last.cumulativeCosts().doubleValue(), last.cumulativeBenefits().doubleValue()));
    }
    return max;
  }

  /** A round step (1, 2, 2.5 or 5 times a power of ten) giving the amount axis 5 to 10 ticks. */
  static double step(double max) {
    if (max <= 0) {
      return 1;
    }
    double raw = max / 8;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * power >= raw) {
        return m * power;
      }
    }
    return 10 * power;
  }

  private static XYSeries series(String key, List<Month> months, boolean costs) {
    XYSeries s = new XYSeries(key, false, true);
    s.add(0, 0);
    for (Month m : months) {
      BigDecimal v = costs ? m.cumulativeCosts() : m.cumulativeBenefits();
      s.add(m.month(), v.doubleValue());
    }
    return s;
  }

  private static void subtitle(JFreeChart chart, String line) {
    ChartStyle.subtitle(chart, line);
  }

  private static void finish(JFreeChart chart) {
    ChartStyle.finish(chart);
  }

  private static void style(Axis axis) {
    ChartStyle.style(axis);
  }

  private static byte[] png(JFreeChart chart) {
    return ChartStyle.png(chart);
  }

  private static Stroke dashed(float width) {
    return new BasicStroke(
        width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {16f, 10f}, 0f);
  }

  private static Stroke dotted(float width) {
    return new BasicStroke(
        width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {2f, 10f}, 0f);
  }

  /**
   * A break-even point: a dot on the benefit line and a dotted line down to the month axis, in the
   * scenario's colour. Drawn in screen pixels, whatever the axes' scales.
   */
  private static final class BreakEvenPoint
      extends org.jfree.chart.annotations.AbstractXYAnnotation {
    private final double x;
    private final double y;
    private final Color colour;

    BreakEvenPoint(double x, double y, Color colour) {
      this.x = x;
      this.y = y;
      this.colour = colour;
    }

    @Override
    public void draw(
        java.awt.Graphics2D g2,
        XYPlot plot,
        java.awt.geom.Rectangle2D dataArea,
        org.jfree.chart.axis.ValueAxis domainAxis,
        org.jfree.chart.axis.ValueAxis rangeAxis,
        int rendererIndex,
        org.jfree.chart.plot.PlotRenderingInfo info) {
      double px = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
      double py = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
      g2.setPaint(colour);
      g2.setStroke(dotted(3f));
      g2.draw(new java.awt.geom.Line2D.Double(px, py, px, dataArea.getMaxY()));
      dot(g2, px, py, 10, colour);
    }
  }

  /**
   * The break-even months of the three scenarios, in a box in the plot's upper-left corner, which
   * cumulative lines starting at zero leave empty; a dot of each scenario's colour matches it to
   * its point. One box rather than a label per point, so that close months never overlap.
   */
  private static final class BreakEvenBox extends org.jfree.chart.annotations.AbstractXYAnnotation {
    private final String title;
    private final List<String> rows;
    private final List<Color> colours;

    BreakEvenBox(String title, List<String> rows, List<Color> colours) {
      this.title = title;
      this.rows = List.copyOf(rows);
      this.colours = List.copyOf(colours);
    }

    @Override
    public void draw(
        java.awt.Graphics2D g2,
        XYPlot plot,
        java.awt.geom.Rectangle2D dataArea,
        org.jfree.chart.axis.ValueAxis domainAxis,
        org.jfree.chart.axis.ValueAxis rangeAxis,
        int rendererIndex,
        org.jfree.chart.plot.PlotRenderingInfo info) {
      java.awt.FontMetrics bold = g2.getFontMetrics(LABEL_BOLD);
      java.awt.FontMetrics plain = g2.getFontMetrics(LABEL_FONT);
      double padding = 14;
      double line = plain.getHeight() + 6;
      double swatch = 28;
      double width = bold.stringWidth(title);
      for (String row : rows) {
        width = Math.max(width, swatch + plain.stringWidth(row));
      }
      width += 2 * padding;
      double height = 2 * padding + bold.getHeight() + 4 + rows.size() * line;
      double bx = dataArea.getX() + 24;
      // Below the year markers' labels.
      double by = dataArea.getY() + 52;
      java.awt.geom.Rectangle2D box = new java.awt.geom.Rectangle2D.Double(bx, by, width, height);
      g2.setPaint(Color.WHITE);
      g2.fill(box);
      g2.setPaint(AXIS);
      g2.setStroke(new BasicStroke(1.5f));
      g2.draw(box);
      double baseline = by + padding + bold.getAscent();
      g2.setPaint(INK);
      g2.setFont(LABEL_BOLD);
      g2.drawString(title, (float) (bx + padding), (float) baseline);
      baseline += bold.getDescent() + 4;
      g2.setFont(LABEL_FONT);
      for (int i = 0; i < rows.size(); i++) {
        baseline += line;
        dot(g2, bx + padding + 9, baseline - plain.getAscent() / 2.0 + 2, 8, colours.get(i));
        g2.setPaint(INK);
        g2.drawString(rows.get(i), (float) (bx + padding + swatch), (float) baseline);
      }
    }
  }

  /** A filled dot with a dark outline and a white ring, visible on any line. */
  private static void dot(java.awt.Graphics2D g2, double x, double y, double r, Color colour) {
    Ellipse2D dot = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    g2.setPaint(Color.WHITE);
    g2.fill(new Ellipse2D.Double(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6));
    g2.setPaint(colour);
    g2.fill(dot);
    g2.setPaint(INK);
    g2.setStroke(new BasicStroke(2f));
    g2.draw(dot);
  }

  /** The range axis's amounts in the case's currency, as the report writes them. */
  private static final class MoneyFormat extends NumberFormat {
    private final Language language;
    private final String currency;

    MoneyFormat(Language language, String currency) {
      this.language = language;
      this.currency = currency;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
      return toAppendTo.append(
          BusinessCaseReport.money(language, currency, BigDecimal.valueOf(number)));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
      return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
      throw new UnsupportedOperationException("an axis format only formats");
    }
  }

  /** The chart's own words, in each language. */
  private static final class L {
    static final BusinessCaseInputs.Words TITLE =
        new BusinessCaseInputs.Words("Cumulative costs and benefits", "Coûts et gains cumulés");
    static final BusinessCaseInputs.Words COSTS =
        new BusinessCaseInputs.Words("Cumulative costs", "Coûts cumulés");
    static final BusinessCaseInputs.Words BENEFITS =
        new BusinessCaseInputs.Words("Benefits, %s (× %s)", "Gains, %s (× %s)");
    static final BusinessCaseInputs.Words MONTH =
        new BusinessCaseInputs.Words("Month since the start", "Mois depuis le démarrage");
    static final BusinessCaseInputs.Words AMOUNT =
        new BusinessCaseInputs.Words("Cumulative amount (%s)", "Montant cumulé (%s)");
    static final BusinessCaseInputs.Words YEAR =
        new BusinessCaseInputs.Words("Year %d", "Année %d");
    static final BusinessCaseInputs.Words BREAK_EVENS =
        new BusinessCaseInputs.Words(
            "Break-even: cumulative benefits reach costs",
            "Point mort : les gains cumulés atteignent les coûts");
    static final BusinessCaseInputs.Words MONTH_N =
        new BusinessCaseInputs.Words("month %d", "mois %d");
    static final BusinessCaseInputs.Words NONE =
        new BusinessCaseInputs.Words("not within %s", "pas atteint en %s");
    static final BusinessCaseInputs.Words HORIZON =
        new BusinessCaseInputs.Words("horizon %s", "horizon %s");

    private L() {}
  }
}
