package dev.platformconsultant.assessment;

import dev.platformconsultant.deliverable.ChartStyle;
import dev.platformconsultant.text.Language;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.Rotation;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Draws an assessment as three PNG charts sized for Slack and for a client report: the CNCF
 * maturity radar, the DORA scores against the published benchmark, and the trend across the team's
 * assessments. Every label is in the assessment's language; names of metrics, aspects and levels
 * come from the questionnaire.
 *
 * <p>Stateless and thread-safe: each call builds its own charts. Runs headless (no display needed).
 *
 * <pre>{@code
 * Map<String, byte[]> pngs = new AssessmentCharts(questionnaire).draw(latest, history);
 * pngs.get("radar.png");
 * }</pre>
 */
public final class AssessmentCharts {
  public static final String RADAR = "radar.png";
  public static final String DORA = "dora.png";
  public static final String TREND = "trend.png";

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
  private static final Color SKY = new Color(0x56B4E9);
  private static final Color GREEN = new Color(0x009E73);
  private static final Color VERMILLION = new Color(0xD55E00);
  private static final Color PURPLE = new Color(0xCC79A7);
  private static final Color INK = new Color(0x222222);
  private static final Color MUTED = new Color(0x555555);
  private static final Color GRID = new Color(0xD0D0D0);
  private static final Color BENCHMARK = new Color(0xBDBDBD);
  private static final Color PREVIOUS = new Color(0x8C8C8C);
  private static final Color OVERALL_BAR = new Color(0xB9D3EA);
  private static final Color OVERALL_BAND = new Color(0xF1F1F1);
  private static final List<Color> ASPECT_COLOURS = List.of(BLUE, ORANGE, GREEN, PURPLE, SKY);

  private static final String FONT = Font.SANS_SERIF;
  private static final Font TITLE_FONT = new Font(FONT, Font.BOLD, 32);
  private static final Font SUBTITLE_FONT = new Font(FONT, Font.PLAIN, 20);
  private static final Font LABEL_FONT = new Font(FONT, Font.PLAIN, 20);
  private static final Font LABEL_BOLD = new Font(FONT, Font.BOLD, 20);
  private static final Font TICK_FONT = new Font(FONT, Font.PLAIN, 18);
  private static final Font SMALL_FONT = new Font(FONT, Font.PLAIN, 17);

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private final Questionnaire questionnaire;

  public AssessmentCharts(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
  }

  /**
   * The three charts of an assessment, by file name: {@value #RADAR}, {@value #DORA}, {@value
   * #TREND}.
   *
   * @param history the team's assessments oldest first, this one last; when this one is missing
   *     from the end it is added, so a first assessment may pass an empty list
   */
  public Map<String, byte[]> draw(Assessment assessment, List<Assessment> history) {
    Language language = languageOf(assessment);
    List<Assessment> withThis = new ArrayList<>(history);
    if (withThis.isEmpty() || !withThis.getLast().id().equals(assessment.id())) {
      withThis.add(assessment);
    }
    Optional<Assessment> previous =
        withThis.size() > 1 ? Optional.of(withThis.get(withThis.size() - 2)) : Optional.empty();
    Map<String, byte[]> charts = new LinkedHashMap<>();
    charts.put(RADAR, radar(assessment, previous, language));
    charts.put(DORA, dora(assessment, language));
    charts.put(TREND, trend(withThis, language));
    return charts;
  }

  /** "Title | URL" as a chart shows it: the title and the URL's host and path start. */
  static String sourceName(String source) {
    int bar = source.lastIndexOf(" | ");
    if (bar < 0) {
      return source;
    }
    String url = source.substring(bar + 3).replaceFirst("^https?://", "");
    String[] parts = url.split("/");
    String shortUrl = parts.length >= 3 ? parts[0] + "/" + parts[1] + "/" + parts[2] : url;
    return source.substring(0, bar) + " (" + shortUrl + ")";
  }

  static Language languageOf(Assessment assessment) {
    return Language.valueOf(assessment.language().toUpperCase(Locale.ROOT));
  }

  byte[] radar(Assessment a, Language l) {
    return radar(a, Optional.empty(), l);
  }

  /** The five CNCF aspects on the model's four levels, with the previous assessment when any. */
  byte[] radar(Assessment a, Optional<Assessment> previous, Language l) {
    List<Question> aspects = questionnaire.in(Section.CNCF);
    List<String> levels = levelNames(aspects, l);
    String current = L.YOUR_TEAM.in(l) + " (" + date(a) + ")";
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    // The previous assessment goes first so that the current one is drawn over it.
    previous.ifPresent(
        p -> {
          String key = L.PREVIOUS.in(l) + " (" + date(p) + ")";
          for (Question q : aspects) {
            data.addValue(score(p, q.id()), key, q.name(l));
          }
        });
    for (Question q : aspects) {
      data.addValue(score(a, q.id()), current, q.name(l));
    }
    List<String> spokeLabels = new ArrayList<>();
    for (Question q : aspects) {
      Double now = score(a, q.id());
      StringBuilder s = new StringBuilder();
      if (now == null) {
        s.append(L.NOT_ANSWERED.in(l));
      } else {
        int level = (int) Math.round(now);
        s.append(level).append(" · ").append(levelName(levels, level));
        Double before = previous.map(p -> score(p, q.id())).orElse(null);
        if (before != null && Math.round(before) != level) {
          long delta = level - Math.round(before);
          s.append(delta > 0 ? "  ▲ +" + delta : "  ▼ −" + (-delta));
        }
      }
      spokeLabels.add(s.toString());
    }

    LevelWebPlot plot = new LevelWebPlot(data, levels.size(), spokeLabels);
    plot.setMaxValue(levels.size());
    plot.setStartAngle(90);
    plot.setDirection(Rotation.CLOCKWISE);
    plot.setInteriorGap(0.24);
    plot.setAxisLabelGap(0.06);
    plot.setHeadPercent(0.012);
    plot.setWebFilled(true);
    plot.setLabelFont(LABEL_BOLD);
    plot.setLabelPaint(INK);
    plot.setAxisLinePaint(GRID);
    plot.setAxisLineStroke(new BasicStroke(1.5f));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setLegendItemShape(new Rectangle2D.Double(-10, -4, 20, 8));
    int series = 0;
    if (previous.isPresent()) {
      plot.setSeriesPaint(series, PREVIOUS);
      plot.setSeriesOutlinePaint(series, PREVIOUS);
      plot.setSeriesOutlineStroke(series, dashed(3f));
      series++;
    }
    plot.setSeriesPaint(series, BLUE);
    plot.setSeriesOutlinePaint(series, BLUE);
    plot.setSeriesOutlineStroke(series, new BasicStroke(4f));

    JFreeChart chart = new JFreeChart(Section.CNCF.title(l), TITLE_FONT, plot, true);
    subtitles(chart, team(a) + " · " + date(a), L.SCALE.in(l) + " " + scaleLegend(levels));
    finish(chart);
    return png(chart);
  }

  /** The five DORA scores and the overall one, each beside the benchmark's mean ± 1 SD. */
  byte[] dora(Assessment a, Language l) {
    Assessment.Comparison comparison = a.dora().comparison();
    String team = L.YOUR_TEAM.in(l);
    String benchmark = L.RESPONDENTS.in(l).formatted(comparison.dataYear());
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    Map<String, Assessment.Position> positions = new LinkedHashMap<>();
    for (Question q : questionnaire.in(Section.DORA)) {
      Double score = score(a, q.id());
      Assessment.Position position = comparison.metrics().get(q.id());
      if (position != null) {
        positions.put(q.name(l), position);
      }
      data.add(score, null, team, q.name(l));
      data.add(
          position == null ? null : position.mean(),
          position == null ? null : position.sd(),
          benchmark,
          q.name(l));
    }
    String overall = L.OVERALL.in(l);
    Assessment.Position overallPosition = comparison.overall();
    if (overallPosition != null) {
      positions.put(overall, overallPosition);
    }
    data.add(a.dora().overall(), null, team, overall);
    data.add(
        overallPosition == null ? null : overallPosition.mean(),
        overallPosition == null ? null : overallPosition.sd(),
        benchmark,
        overall);

    CategoryAxis categories = new CategoryAxis();
    categories.setMaximumCategoryLabelLines(3);
    categories.setMaximumCategoryLabelWidthRatio(0.32f);
    categories.setCategoryMargin(0.28);
    categories.setLowerMargin(0.02);
    categories.setUpperMargin(0.02);
    categories.setTickLabelFont(overall, LABEL_BOLD);
    NumberAxis scores = scoreAxis(L.SCORE.in(l), l);

    NumberFormat number = number(l);
    StatisticalBarRenderer renderer = new ScoreBarRenderer(data, 0);
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0.04);
    renderer.setSeriesPaint(0, BLUE);
    renderer.setSeriesPaint(1, BENCHMARK);
    renderer.setErrorIndicatorPaint(INK);
    renderer.setErrorIndicatorStroke(new BasicStroke(2.5f));
    renderer.setDefaultItemLabelFont(LABEL_BOLD);
    renderer.setItemLabelInsets(new RectangleInsets(2, 8, 2, 8));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setSeriesItemLabelGenerator(0, new ScoreLabels(positions, l));
    renderer.setSeriesItemLabelGenerator(
        1, new StandardCategoryItemLabelGenerator(L.MEAN.in(l) + " {2}", number));
    renderer.setSeriesItemLabelFont(1, SMALL_FONT);
    renderer.setSeriesItemLabelPaint(1, INK);
    renderer.setSeriesPositiveItemLabelPosition(
        1, new ItemLabelPosition(ItemLabelAnchor.INSIDE9, TextAnchor.CENTER_LEFT));

    CategoryPlot plot = new CategoryPlot(data, categories, scores, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
    style(plot);
    categories.setTickLabelFont(LABEL_FONT);
    // A pale band sets the overall score apart from the five metrics it averages.
    CategoryMarker band = new CategoryMarker(overall, OVERALL_BAND, new BasicStroke(1f));
    band.setDrawAsLine(false);
    plot.addDomainMarker(band, Layer.BACKGROUND);

    JFreeChart chart = new JFreeChart(Section.DORA.title(l), TITLE_FONT, plot, true);
    Assessment.DoraScores dora = a.dora();
    subtitles(
        chart,
        team(a)
            + " · "
            + date(a)
            + " · "
            + L.FACTORS
                .in(l)
                .formatted(
                    number.format(dora.throughput()),
                    number.format(dora.stability()),
                    number.format(dora.overall())),
        L.SOURCE.in(l).formatted(sourceName(comparison.source())));
    finish(chart);
    return png(chart);
  }

  /** The DORA scores and CNCF levels of every assessment, oldest first, on one date axis. */
  byte[] trend(List<Assessment> history, Language l) {
    if (history.isEmpty()) {
      throw new IllegalArgumentException("a trend needs at least one assessment");
    }
    List<String> dates = dateKeys(history);

    // The overall score as a bar, its two factors as lines over it: the bar's label then never
    // collides with a factor's marker, as three crossing lines' labels would.
    DefaultCategoryDataset overall = new DefaultCategoryDataset();
    DefaultCategoryDataset factors = new DefaultCategoryDataset();
    String throughput = L.THROUGHPUT.in(l);
    String stability = L.STABILITY.in(l);
    for (int i = 0; i < history.size(); i++) {
      Assessment.DoraScores s = history.get(i).dora();
      overall.addValue(s == null ? null : s.overall(), L.OVERALL.in(l), dates.get(i));
      factors.addValue(s == null ? null : s.throughput(), throughput, dates.get(i));
      factors.addValue(s == null ? null : s.stability(), stability, dates.get(i));
    }
    LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
    lines.setSeriesPaint(0, INK);
    lines.setSeriesPaint(1, VERMILLION);
    lines.setSeriesStroke(0, new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    lines.setSeriesStroke(1, dashed(3.5f));
    lines.setSeriesShape(0, new Rectangle2D.Double(-8, -8, 16, 16));
    lines.setSeriesShape(1, diamond(11));
    lines.setUseOutlinePaint(false);
    BarRenderer overallBars = new BarRenderer();
    overallBars.setBarPainter(new StandardBarPainter());
    overallBars.setShadowVisible(false);
    overallBars.setDrawBarOutline(false);
    overallBars.setMaximumBarWidth(0.09);
    overallBars.setSeriesPaint(0, OVERALL_BAR);
    overallBars.setDefaultItemLabelsVisible(true);
    overallBars.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", number(l)));
    overallBars.setDefaultItemLabelFont(LABEL_BOLD);
    overallBars.setDefaultItemLabelPaint(INK);
    overallBars.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.INSIDE6, TextAnchor.BOTTOM_CENTER));
    overallBars.setItemLabelInsets(new RectangleInsets(6, 6, 6, 6));
    NumberAxis doraAxis = scoreAxis(L.DORA_SCORE.in(l), l);
    // Room above 10 so that a top score's marker is not cut in half.
    doraAxis.setRange(0, 10.4);
    CategoryPlot doraPlot = new CategoryPlot(factors, null, doraAxis, lines);
    doraPlot.setDataset(1, overall);
    doraPlot.setRenderer(1, overallBars);
    style(doraPlot);

    List<Question> aspects = questionnaire.in(Section.CNCF);
    List<String> levels = levelNames(aspects, l);
    DefaultCategoryDataset cncf = new DefaultCategoryDataset();
    for (Question q : aspects) {
      for (int i = 0; i < history.size(); i++) {
        cncf.addValue(score(history.get(i), q.id()), q.name(l), dates.get(i));
      }
    }
    BarRenderer bars = new BarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(false);
    bars.setItemMargin(0.06);
    bars.setMaximumBarWidth(0.05);
    for (int i = 0; i < aspects.size(); i++) {
      bars.setSeriesPaint(i, ASPECT_COLOURS.get(i % ASPECT_COLOURS.size()));
    }
    String[] symbols = new String[levels.size() + 1];
    symbols[0] = "";
    for (int i = 0; i < levels.size(); i++) {
      symbols[i + 1] = (i + 1) + " " + levels.get(i);
    }
    SymbolAxis levelAxis = new SymbolAxis(L.CNCF_LEVEL.in(l), symbols);
    levelAxis.setGridBandsVisible(false);
    levelAxis.setRange(0, levels.size() + 0.15);
    CategoryPlot cncfPlot = new CategoryPlot(cncf, null, levelAxis, bars);
    style(cncfPlot);

    CategoryAxis dateAxis = new CategoryAxis(L.DATE.in(l));
    dateAxis.setCategoryMargin(0.25);
    // Few dates would spread their bars across the whole width: keep each group compact.
    double margin = history.size() == 1 ? 0.3 : history.size() == 2 ? 0.12 : 0.04;
    dateAxis.setLowerMargin(margin);
    dateAxis.setUpperMargin(margin);
    if (history.size() > 6) {
      dateAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    CombinedDomainCategoryPlot combined = new CombinedDomainCategoryPlot(dateAxis);
    combined.setGap(28);
    combined.add(doraPlot, 1);
    combined.add(cncfPlot, 1);
    style(dateAxis);

    Assessment latest = history.getLast();
    JFreeChart chart = new JFreeChart(L.TREND.in(l), TITLE_FONT, combined, false);
    List<String> lines2 = new ArrayList<>();
    lines2.add(
        team(latest)
            + " · "
            + (history.size() == 1
                ? dates.getFirst()
                : dates.getFirst() + " → " + dates.getLast()));
    lines2.add(history.size() == 1 ? L.FIRST.in(l) : L.ASSESSMENTS.in(l).formatted(history.size()));
    subtitles(chart, lines2.toArray(String[]::new));
    // A legend per subplot, the DORA one above the CNCF one as the subplots are.
    chart.addLegend(legend(cncfPlot));
    chart.addLegend(legend(doraPlot));
    finish(chart);
    return png(chart);
  }

  // ----- data -----

  private static Double score(Assessment a, String questionId) {
    return a.result(questionId).map(Assessment.Result::score).orElse(null);
  }

  private static String date(Assessment a) {
    return DAY.format(instant(a));
  }

  private static Instant instant(Assessment a) {
    try {
      return Instant.parse(a.takenAt());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "%s: takenAt is not an ISO-8601 instant: %s".formatted(a.id(), a.takenAt()), e);
    }
  }

  /** One category per assessment: its day, or its day and time when two share a day. */
  private static List<String> dateKeys(List<Assessment> history) {
    Set<String> days = new HashSet<>();
    Set<String> repeated = new HashSet<>();
    for (Assessment a : history) {
      if (!days.add(date(a))) {
        repeated.add(date(a));
      }
    }
    List<String> keys = new ArrayList<>();
    for (Assessment a : history) {
      String key = repeated.contains(date(a)) ? MINUTE.format(instant(a)) : date(a);
      while (keys.contains(key)) {
        key = key + "'";
      }
      keys.add(key);
    }
    return keys;
  }

  private static String team(Assessment a) {
    return a.team() == null || a.team().isBlank() ? a.teamSlug() : a.team();
  }

  /** The CNCF levels' names, lowest first, from the first aspect's choices. */
  private static List<String> levelNames(List<Question> aspects, Language l) {
    if (aspects.isEmpty()) {
      throw new IllegalArgumentException("the questionnaire has no CNCF aspect");
    }
    return aspects.getFirst().choices().stream().map(c -> shortLabel(c.label().in(l))).toList();
  }

  /** A level's name without the explanation a label may carry after a colon or a dash. */
  static String shortLabel(String label) {
    String s = label;
    for (String separator : List.of(":", " — ", " – ", " - ", " (")) {
      int at = s.indexOf(separator);
      if (at > 0) {
        s = s.substring(0, at);
      }
    }
    return s.strip();
  }

  private static String levelName(List<String> levels, int level) {
    return level >= 1 && level <= levels.size() ? levels.get(level - 1) : "?";
  }

  private static String scaleLegend(List<String> levels) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      parts.add((i + 1) + " = " + levels.get(i));
    }
    return String.join("  ·  ", parts);
  }

  private static NumberFormat number(Language l) {
    NumberFormat f =
        NumberFormat.getNumberInstance(l == Language.FR ? Locale.FRENCH : Locale.ENGLISH);
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    return f;
  }

  // ----- look -----

  private static NumberAxis scoreAxis(String label, Language l) {
    NumberAxis axis = new NumberAxis(label);
    axis.setRange(0, 10);
    axis.setTickUnit(new NumberTickUnit(1, NumberFormat.getIntegerInstance(locale(l))));
    return axis;
  }

  private static Locale locale(Language l) {
    return l == Language.FR ? Locale.FRENCH : Locale.ENGLISH;
  }

  private static void style(CategoryPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setDomainGridlinesVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setInsets(new RectangleInsets(8, 8, 8, 24));
    if (plot.getDomainAxis() != null) {
      style(plot.getDomainAxis());
    }
    style(plot.getRangeAxis());
  }

  private static void subtitles(JFreeChart chart, String... lines) {
    for (String line : lines) {
      TextTitle t = new TextTitle(line, SUBTITLE_FONT);
      t.setPaint(MUTED);
      t.setPadding(new RectangleInsets(2, 0, 2, 0));
      chart.addSubtitle(t);
    }
  }

  private static LegendTitle legend(CategoryPlot plot) {
    LegendTitle legend = new LegendTitle(plot);
    legend.setPosition(RectangleEdge.BOTTOM);
    return legend;
  }

  /** Fonts, colours and spacing common to the three charts. */
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
        width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {12f, 8f}, 0f);
  }

  private static Shape diamond(double r) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(0, -r);
    p.lineTo(r, 0);
    p.lineTo(0, r);
    p.lineTo(-r, 0);
    p.closePath();
    return p;
  }

  // ----- renderers -----

  /**
   * The radar with what SpiderWebPlot lacks: a ring per level so the scale can be read, and under
   * each aspect's name the team's level.
   */
  private static final class LevelWebPlot extends SpiderWebPlot {
    private final int levels;
    private final List<String> spokeLabels;
    // The radar's square, known only while drawing; each chart draws its own plot once.
    private Rectangle2D radar;

    LevelWebPlot(CategoryDataset data, int levels, List<String> spokeLabels) {
      super(data);
      this.levels = levels;
      this.spokeLabels = List.copyOf(spokeLabels);
    }

    @Override
    protected void drawLabel(
        Graphics2D g2, Rectangle2D radar, double value, int cat, double angle, double extent) {
      if (cat == 0) {
        this.radar = (Rectangle2D) radar.clone();
        drawRings(g2, radar, getDataset().getColumnCount());
      }
      String name = getLabelGenerator().generateColumnLabel(getDataset(), cat);
      Point2D end = getWebPoint(radar, angle, 1 + getAxisLabelGap());
      double cos = Math.cos(Math.toRadians(angle));
      double sin = Math.sin(Math.toRadians(angle));
      List<String> lines = List.of(name, spokeLabels.get(cat));
      List<Font> fonts = List.of(getLabelFont(), LABEL_FONT);
      double height = 0;
      double width = 0;
      for (int i = 0; i < lines.size(); i++) {
        FontMetrics m = g2.getFontMetrics(fonts.get(i));
        height += m.getHeight();
        width = Math.max(width, m.stringWidth(lines.get(i)));
      }
      double top =
          sin > 0.3 ? end.getY() - height : sin < -0.3 ? end.getY() : end.getY() - height / 2;
      for (int i = 0; i < lines.size(); i++) {
        FontMetrics m = g2.getFontMetrics(fonts.get(i));
        double w = m.stringWidth(lines.get(i));
        double x = cos > 0.3 ? end.getX() : cos < -0.3 ? end.getX() - w : end.getX() - w / 2;
        g2.setFont(fonts.get(i));
        g2.setPaint(i == 0 ? INK : BLUE);
        g2.drawString(lines.get(i), (float) x, (float) (top + m.getAscent()));
        top += m.getHeight();
      }
    }

    private void drawRings(Graphics2D g2, Rectangle2D radar, int spokes) {
      for (int level = 1; level <= levels; level++) {
        Path2D.Double ring = new Path2D.Double();
        for (int s = 0; s < spokes; s++) {
          double angle = getStartAngle() + getDirection().getFactor() * s * 360.0 / spokes;
          Point2D p = getWebPoint(radar, angle, (double) level / levels);
          if (s == 0) {
            ring.moveTo(p.getX(), p.getY());
          } else {
            ring.lineTo(p.getX(), p.getY());
          }
        }
        ring.closePath();
        g2.setPaint(level == levels ? PREVIOUS : GRID);
        g2.setStroke(new BasicStroke(level == levels ? 2f : 1.5f));
        g2.draw(ring);
      }
    }

    /** The levels' numbers, over the polygons so that a team's outline never hides them. */
    private void drawLevelNumbers(Graphics2D g2, Rectangle2D radar, int spokes) {
      for (int level = 1; level <= levels; level++) {
        // Halfway between the first two spokes, where no point is drawn.
        double step = getDirection().getFactor() * 360.0 / spokes;
        Point2D a = getWebPoint(radar, getStartAngle(), (double) level / levels);
        Point2D b = getWebPoint(radar, getStartAngle() + step, (double) level / levels);
        String number = String.valueOf(level);
        g2.setFont(SMALL_FONT);
        FontMetrics m = g2.getFontMetrics();
        double w = m.stringWidth(number);
        double x = (a.getX() + b.getX()) / 2 - w / 2;
        double y = (a.getY() + b.getY()) / 2;
        g2.setPaint(Color.WHITE);
        g2.fill(
            new Rectangle2D.Double(x - 4, y - m.getAscent() / 2.0 - 3, w + 8, m.getAscent() + 6));
        g2.setPaint(MUTED);
        g2.drawString(number, (float) x, (float) (y + m.getAscent() / 2.0 - 1));
      }
    }

    @Override
    public void draw(
        Graphics2D g2,
        Rectangle2D area,
        Point2D anchor,
        PlotState parentState,
        PlotRenderingInfo info) {
      super.draw(g2, area, anchor, parentState, info);
      if (radar != null) {
        drawLevelNumbers(g2, radar, getDataset().getColumnCount());
      }
    }

    @Override
    public LegendItemCollection getLegendItems() {
      // Current first: the reader looks for the team before its past.
      LegendItemCollection drawn = super.getLegendItems();
      LegendItemCollection items = new LegendItemCollection();
      for (int i = drawn.getItemCount() - 1; i >= 0; i--) {
        LegendItem item = drawn.get(i);
        item.setLineVisible(false);
        items.add(item);
      }
      return items;
    }
  }

  /** Team score bars whose label moves inside the bar when it would run past the axis. */
  private static final class ScoreBarRenderer extends StatisticalBarRenderer {
    /**
     * The fewest pixels one point of the 0-10 axis spans at {@link #WIDTH}, with the longest
     * category labels; a label is measured against it to decide where it fits.
     */
    private static final double PIXELS_PER_POINT = 66;

    private static final FontRenderContext TEXT = new FontRenderContext(null, true, true);

    private final DefaultStatisticalCategoryDataset data;
    private final int teamRow;

    ScoreBarRenderer(DefaultStatisticalCategoryDataset data, int teamRow) {
      this.data = data;
      this.teamRow = teamRow;
    }

    @Override
    public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
      if (row != teamRow) {
        return super.getPositiveItemLabelPosition(row, column);
      }
      return labelInside(row, column)
          ? new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT)
          : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
    }

    @Override
    public Paint getItemLabelPaint(int row, int column) {
      if (row == teamRow) {
        return labelInside(row, column) ? Color.WHITE : INK;
      }
      return super.getItemLabelPaint(row, column);
    }

    /** Inside the bar when the label would not fit between the bar's end and 10. */
    private boolean labelInside(int row, int column) {
      Number v = data.getMeanValue(row, column);
      if (v == null) {
        return false;
      }
      String label = getItemLabelGenerator(row, column).generateLabel(data, row, column);
      double width = getItemLabelFont(row, column).getStringBounds(label, TEXT).getWidth() + 16;
      double after = (10 - v.doubleValue()) * PIXELS_PER_POINT;
      double before = v.doubleValue() * PIXELS_PER_POINT;
      return width > after && width <= before;
    }
  }

  /** "7.5 (+0.8 SD)": the team's score and how far it lies from the respondents' mean. */
  private static final class ScoreLabels extends StandardCategoryItemLabelGenerator {
    private final transient Map<String, Assessment.Position> positions;
    private final Language language;

    /**
     * @param positions by category label
     */
    ScoreLabels(Map<String, Assessment.Position> positions, Language language) {
      this.positions = Map.copyOf(positions);
      this.language = language;
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      Number value = dataset.getValue(row, column);
      if (value == null) {
        return L.NOT_ANSWERED.in(language);
      }
      NumberFormat f = number(language);
      String label = f.format(value.doubleValue());
      Assessment.Position p = positions.get(String.valueOf(dataset.getColumnKey(column)));
      if (p == null || p.sd() == 0) {
        return label;
      }
      if (Math.abs(p.deviations()) < 0.05) {
        return label + "  (" + L.AT_MEAN.in(language) + ")";
      }
      String sign = p.deviations() > 0 ? "+" : "−";
      return label
          + "  ("
          + sign
          + f.format(Math.abs(p.deviations()))
          + " "
          + L.SD.in(language)
          + ")";
    }
  }

  /** The charts' own words, in each language. */
  private static final class L {
    static final Text YOUR_TEAM = new Text("Your team", "Votre équipe");
    static final Text PREVIOUS = new Text("Previous assessment", "Évaluation précédente");
    static final Text NOT_ANSWERED = new Text("not answered", "sans réponse");
    static final Text SCALE = new Text("Maturity levels:", "Niveaux de maturité :");
    static final Text RESPONDENTS =
        new Text(
            "DORA %d respondents: mean ± 1 standard deviation (SD)",
            "Répondants DORA %d : moyenne ± 1 écart-type (ET)");
    static final Text OVERALL = new Text("Overall DORA score", "Score DORA global");
    static final Text SCORE =
        new Text("Score from 0 to 10 (higher is better)", "Score de 0 à 10 (plus haut = meilleur)");
    static final Text MEAN = new Text("mean", "moyenne");
    static final Text SD = new Text("SD", "ET");
    static final Text AT_MEAN = new Text("= mean", "= moyenne");
    static final Text FACTORS =
        new Text(
            "Throughput %s · Stability %s · Overall %s", "Débit %s · Stabilité %s · Global %s");
    static final Text SOURCE = new Text("Source: %s", "Source : %s");
    static final Text TREND = new Text("Progress over time", "Évolution dans le temps");
    static final Text THROUGHPUT = new Text("Throughput", "Débit");
    static final Text STABILITY = new Text("Stability", "Stabilité");
    static final Text DORA_SCORE = new Text("DORA score (0–10)", "Score DORA (0–10)");
    static final Text CNCF_LEVEL = new Text("CNCF maturity level", "Niveau de maturité CNCF");
    static final Text DATE = new Text("Assessment date", "Date de l'évaluation");
    static final Text FIRST =
        new Text(
            "First assessment: the trend starts here",
            "Première évaluation : la tendance commence ici");
    static final Text ASSESSMENTS = new Text("%d assessments", "%d évaluations");

    private L() {}
  }
}
