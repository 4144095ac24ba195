package dev.platformconsultant.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The shipped evaluation set (src/main/resources/eval/designs): realistic designs with planted
 * problems, stated good practices and scope exclusions, and the measure of a review against them. A
 * planted problem is found when a finding cites its checklist item or quotes its phrase; it is a
 * false strength when a strength quotes its phrase; a stated practice is reported missing when a
 * finding cites its item. Works for any reviewer (offline or LLM). Thread-safe.
 */
public final class ReviewEvaluation {
  private static final String DIR = "/eval/designs/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReviewEvaluation() {}

  /** A problem planted in a design: what it is, the item that covers it, a phrase to quote. */
  public record Planted(String problem, String item, String evidence) {}

  /** A good practice a design states, which must not be reported missing. */
  public record Practice(String practice, String item, String evidence) {}

  /** A checklist item the design's scope rules out. */
  public record OutOfScope(String item, String because) {}

  /** One evaluation design with what is expected of its review. */
  public record Design(
      String name,
      String text,
      List<Planted> planted,
      List<Practice> practices,
      List<OutOfScope> outOfScope) {
    public Design {
      planted = List.copyOf(planted);
      practices = List.copyOf(practices);
      outOfScope = List.copyOf(outOfScope);
    }
  }

  /**
   * How a review of one design did.
   *
   * @param found planted problems a finding cites or quotes
   * @param quoted planted problems a finding quotes (the stricter measure)
   * @param missed the planted problems not found
   * @param falseStrengths planted problems a strength quotes
   * @param reportedMissing stated practices a finding cites
   * @param outOfScopeSaid scope exclusions the review names as not applicable
   */
  public record Score(
      String design,
      int planted,
      int found,
      int quoted,
      List<String> missed,
      List<String> falseStrengths,
      List<String> reportedMissing,
      int outOfScopeSaid,
      int outOfScopeExpected,
      int findings,
      int questions) {

    public String line() {
      return ("%s: found %d/%d (quoted %d), false strengths %d, practices reported missing %d,"
              + " not applicable said %d/%d; %d findings, %d questions%s")
          .formatted(
              design,
              found,
              planted,
              quoted,
              falseStrengths.size(),
              reportedMissing.size(),
              outOfScopeSaid,
              outOfScopeExpected,
              findings,
              questions,
              missed.isEmpty() ? "" : "; missed: " + String.join(", ", missed));
    }
  }

  /** Every design of the shipped set, in the order of its index. */
  public static List<Design> designs() {
    List<Design> out = new ArrayList<>();
    for (String name : read("designs.txt").lines().map(String::strip).toList()) {
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      out.add(
          new Design(
              name,
              read(name + ".md"),
              lines(
                  name + ".planted.jsonl",
                  n -> new Planted(text(n, "problem"), text(n, "item"), text(n, "evidence"))),
              lines(
                  name + ".practices.jsonl",
                  n -> new Practice(text(n, "practice"), text(n, "item"), text(n, "evidence"))),
              lines(
                  name + ".scope.jsonl",
                  n -> new OutOfScope(text(n, "item"), text(n, "because")))));
    }
    return out;
  }

  public static Score score(Design design, Review review) {
    int found = 0;
    int quoted = 0;
    List<String> missed = new ArrayList<>();
    List<String> falseStrengths = new ArrayList<>();
    for (Planted p : design.planted()) {
      String phrase = normal(p.evidence());
      boolean quotes =
          review.findings().stream().anyMatch(f -> normal(f.evidence()).contains(phrase));
      boolean cites = review.findings().stream().anyMatch(f -> f.source().equals(p.item()));
      found += quotes || cites ? 1 : 0;
      quoted += quotes ? 1 : 0;
      if (!quotes && !cites) {
        missed.add(p.problem());
      }
      if (review.strengths().stream().anyMatch(s -> normal(s).contains(phrase))) {
        falseStrengths.add(p.problem());
      }
    }
    List<String> reportedMissing =
        design.practices().stream()
            .filter(p -> review.findings().stream().anyMatch(f -> f.source().equals(p.item())))
            .map(Practice::practice)
            .toList();
    int said =
        (int)
            design.outOfScope().stream()
                .filter(o -> review.findings().stream().noneMatch(f -> f.source().equals(o.item())))
                .filter(
                    o ->
                        review.notApplicable().stream()
                            .anyMatch(n -> normal(n).contains(normal(o.because()))))
                .count();
    return new Score(
        design.name(),
        design.planted().size(),
        found,
        quoted,
        missed,
        falseStrengths,
        reportedMissing,
        said,
        design.outOfScope().size(),
        review.findings().size(),
        review.questions().size());
  }

  /** Lower case, one space for any run of spaces or hyphens: a line wrap or "big-bang" matches. */
  static String normal(String text) {
    return DesignText.fold(text).replaceAll("[\\s-]+", " ");
  }

  private static <T> List<T> lines(String file, Function<JsonNode, T> row) {
    String text = readOptional(file);
    List<T> out = new ArrayList<>();
    for (String line : text.lines().toList()) {
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(row.apply(JSON.readTree(line)));
      } catch (IOException e) {
        throw new UncheckedIOException(file + ": " + line, e);
      }
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.asText().isBlank()) {
      throw new IllegalArgumentException("missing \"%s\" in %s".formatted(field, node));
    }
    return v.asText();
  }

  private static String read(String file) {
    String text = readOptional(file);
    if (text.isEmpty()) {
      throw new IllegalStateException("missing evaluation file " + DIR + file);
    }
    return text;
  }

  private static String readOptional(String file) {
    try (InputStream in = ReviewEvaluation.class.getResourceAsStream(DIR + file)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
