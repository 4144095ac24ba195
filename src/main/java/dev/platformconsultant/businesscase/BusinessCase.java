package dev.platformconsultant.businesscase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.platformconsultant.text.Language;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A computed business case: the inputs it comes from, the yearly basis (costs and full benefits
 * with each part), the three scenarios with their figures month by month, and the assumptions to
 * confirm with their owners. Every amount is rounded to cents; every figure is arithmetic on the
 * inputs. Immutable.
 *
 * @param id unique among the saved business cases: the organisation's slug and a UTC time
 * @param date the day it was computed, ISO ({@code 2026-12-01})
 */
public record BusinessCase(
    String id,
    String date,
    BusinessCaseInputs inputs,
    Basis basis,
    List<Scenario> scenarios,
    List<Assumption> assumptions) {

  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public BusinessCase {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(basis, "basis");
    scenarios = List.copyOf(scenarios);
    assumptions = List.copyOf(assumptions);
  }

  /**
   * The yearly figures every scenario shares, before its multiplier and the ramp-up.
   *
   * @param runCostPerYear people, tools and platform cloud: what recurs every year
   * @param firstYearCost the run cost plus the one-off migration
   * @param benefitsPerYear time saved, incidents avoided and cloud savings at full adoption
   * @param benefitsPerMonth a twelfth of {@code benefitsPerYear}
   */
  public record Basis(
      BigDecimal peoplePerYear,
      BigDecimal toolingPerYear,
      BigDecimal platformCloudPerYear,
      BigDecimal runCostPerYear,
      BigDecimal migration,
      BigDecimal firstYearCost,
      BigDecimal timeSavedPerYear,
      BigDecimal incidentsAvoidedPerYear,
      BigDecimal cloudSavingsPerYear,
      BigDecimal benefitsPerYear,
      BigDecimal benefitsPerMonth) {}

  /** The three scenarios, in the order the report shows them. */
  public enum Kind {
    CONSERVATIVE("Conservative", "Prudent"),
    EXPECTED("Expected", "Attendu"),
    OPTIMISTIC("Optimistic", "Optimiste");

    private final String en;
    private final String fr;

    Kind(String en, String fr) {
      this.en = en;
      this.fr = fr;
    }

    public String title(Language l) {
      return l == Language.FR ? fr : en;
    }
  }

  /**
   * One scenario's figures over the horizon.
   *
   * @param benefitsPerYear the full yearly benefits times the multiplier
   * @param simplePaybackMonths first-year cost ÷ monthly benefits at full adoption, 2 decimals;
   *     null when there is no benefit
   * @param breakEvenMonth the first month (1 = the first) whose cumulative benefits reach the
   *     cumulative costs; null when that does not happen within the horizon
   * @param npv yearly net cash flows discounted at the inputs' rate, end-of-year convention
   * @param roi (total benefits − total costs) ÷ total costs over the horizon, undiscounted, as a
   *     ratio with 4 decimals; null when nothing is spent
   */
  public record Scenario(
      Kind kind,
      double multiplier,
      BigDecimal benefitsPerYear,
      BigDecimal simplePaybackMonths,
      Integer breakEvenMonth,
      BigDecimal totalCosts,
      BigDecimal totalBenefits,
      BigDecimal net,
      BigDecimal npv,
      BigDecimal roi,
      List<Year> years,
      List<Month> months) {
    public Scenario {
      years = List.copyOf(years);
      months = List.copyOf(months);
    }
  }

  /**
   * A year's totals.
   *
   * @param discountedNet {@code net ÷ (1 + rate)^year}
   */
  public record Year(
      int year, BigDecimal costs, BigDecimal benefits, BigDecimal net, BigDecimal discountedNet) {}

  /** A month's cash flows and the running totals up to it. */
  public record Month(
      int month,
      BigDecimal costs,
      BigDecimal benefits,
      BigDecimal cumulativeCosts,
      BigDecimal cumulativeBenefits) {}

  /**
   * An input the sponsor relies on, and who must confirm it.
   *
   * @param field its path in the inputs file
   * @param source where the value comes from, as the user said; empty when not said
   */
  public record Assumption(String field, double value, String owner, String source) {}

  public Scenario scenario(Kind kind) {
    return scenarios.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
  }

  /** The record as saved in {@code business-case.json}: its inputs in the inputs file's shape. */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", id);
    root.put("date", date);
    root.set("inputs", JSON.valueToTree(inputs.asFileTree()));
    root.set("basis", JSON.valueToTree(basis));
    root.set("scenarios", JSON.valueToTree(scenarios));
    root.set("assumptions", JSON.valueToTree(assumptions));
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a business case that cannot be written as JSON", e);
    }
  }

  /** "acme-retail-20261201-093000": the organisation as ASCII letters and digits, and the time. */
  public static String idFor(String organisation, Instant at) {
    String ascii =
        Normalizer.normalize(organisation, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-+$", "");
    }
    return (slug.isEmpty() ? "business-case" : slug) + "-" + ID_TIME.format(at);
  }
}
