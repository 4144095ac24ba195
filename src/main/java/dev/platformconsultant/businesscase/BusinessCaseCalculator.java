package dev.platformconsultant.businesscase;

import dev.platformconsultant.businesscase.BusinessCase.Assumption;
import dev.platformconsultant.businesscase.BusinessCase.Basis;
import dev.platformconsultant.businesscase.BusinessCase.Kind;
import dev.platformconsultant.businesscase.BusinessCase.Month;
import dev.platformconsultant.businesscase.BusinessCase.Scenario;
import dev.platformconsultant.businesscase.BusinessCase.Year;
import dev.platformconsultant.businesscase.BusinessCaseInputs.Field;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes a business case from its inputs, month by month, as the knowledge base's ROI template
 * defines it. Pure arithmetic in doubles, rounded to cents (payback to 2 decimals, ROI to 4) only
 * in the figures it returns, so that rounding never accumulates. Stateless and thread-safe.
 *
 * <p>The model, stated in the report:
 *
 * <ul>
 *   <li>costs per month: engineers × loaded monthly cost, plus a twelfth of tools and of platform
 *       cloud, every month of the horizon; the migration (teams × person-days × daily cost) spread
 *       evenly over the 12 months of year 1;
 *   <li>benefits per month: a twelfth of (developers × hours saved per week × working weeks ×
 *       hourly cost + incident hours avoided × cost per incident hour + cloud savings), times the
 *       scenario's multiplier, times the ramp-up: month m earns min(m ÷ ramp-up months, 1) of it;
 *   <li>simple payback: first-year cost ÷ monthly benefits at full adoption (the template's
 *       definition, which ignores the ramp-up); break-even: the first month whose cumulative
 *       benefits reach the cumulative costs;
 *   <li>NPV: the yearly net cash flows discounted at the annual rate, each at the end of its year;
 *       ROI: (total benefits − total costs) ÷ total costs over the horizon, undiscounted.
 * </ul>
 */
public final class BusinessCaseCalculator {

  /** The business case of {@code inputs}, with its id and date (ISO). */
  public BusinessCase calculate(BusinessCaseInputs inputs, String id, LocalDate date) {
    BusinessCaseInputs.Costs c = inputs.costs();
    BusinessCaseInputs.Benefits b = inputs.benefits();
    double people = c.platformEngineers() * 12 * c.engineerMonthlyCost();
    double runCost = people + c.toolingPerYear() + c.platformCloudPerYear();
    double migration =
        c.migration().productTeams()
            * c.migration().personDaysPerTeam()
            * c.migration().dailyCost();
    double timeSaved =
        b.developers()
            * b.hoursSavedPerDeveloperPerWeek()
            * b.workingWeeksPerYear()
            * b.hourlyCost();
    double incidents = b.incidentHoursAvoidedPerYear() * b.costPerIncidentHour();
    double benefits = timeSaved + incidents + b.cloudSavingsPerYear();
    Basis basis =
        new Basis(
            cents(people),
            cents(c.toolingPerYear()),
            cents(c.platformCloudPerYear()),
            cents(runCost),
            cents(migration),
            cents(runCost + migration),
            cents(timeSaved),
            cents(incidents),
            cents(b.cloudSavingsPerYear()),
            cents(benefits),
            cents(benefits / 12));
    List<Scenario> scenarios = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      double multiplier =
          switch (kind) {
            case CONSERVATIVE -> inputs.scenarios().conservative();
            case EXPECTED -> inputs.scenarios().expected();
            case OPTIMISTIC -> inputs.scenarios().optimistic();
          };
      scenarios.add(
          scenario(kind, multiplier, inputs, runCost / 12, migration / 12, benefits / 12));
    }
    List<Assumption> assumptions = new ArrayList<>();
    for (Field f : Field.values()) {
      assumptions.add(
          new Assumption(
              f.key(),
              inputs.value(f),
              f.owner().in(inputs.language()),
              inputs.sources().getOrDefault(f, "")));
    }
    return new BusinessCase(id, date.toString(), inputs, basis, scenarios, assumptions);
  }

  private static Scenario scenario(
      Kind kind,
      double multiplier,
      BusinessCaseInputs inputs,
      double runCostPerMonth,
      double migrationPerMonth,
      double fullBenefitsPerMonth) {
    int months = inputs.horizonYears() * 12;
    int ramp = inputs.rampUpMonths();
    List<Month> monthly = new ArrayList<>();
    double[] yearCosts = new double[inputs.horizonYears()];
    double[] yearBenefits = new double[inputs.horizonYears()];
    double cumulativeCosts = 0;
    double cumulativeBenefits = 0;
    Integer breakEven = null;
    for (int m = 1; m <= months; m++) {
      double cost = runCostPerMonth + (m <= 12 ? migrationPerMonth : 0);
      double share = ramp == 0 ? 1 : Math.min(1.0, (double) m / ramp);
      double benefit = fullBenefitsPerMonth * multiplier * share;
      cumulativeCosts += cost;
      cumulativeBenefits += benefit;
      yearCosts[(m - 1) / 12] += cost;
      yearBenefits[(m - 1) / 12] += benefit;
      Month month =
          new Month(
              m, cents(cost), cents(benefit), cents(cumulativeCosts), cents(cumulativeBenefits));
      // Compared in cents, as shown, so that float noise never moves the month.
      if (breakEven == null
          && cumulativeBenefits > 0
          && month.cumulativeBenefits().compareTo(month.cumulativeCosts()) >= 0) {
        breakEven = m;
      }
      monthly.add(month);
    }
    List<Year> years = new ArrayList<>();
    double npv = 0;
    double totalCosts = 0;
    double totalBenefits = 0;
    for (int y = 1; y <= inputs.horizonYears(); y++) {
      double net = yearBenefits[y - 1] - yearCosts[y - 1];
      double discounted = net / Math.pow(1 + inputs.discountRate(), y);
      npv += discounted;
      totalCosts += yearCosts[y - 1];
      totalBenefits += yearBenefits[y - 1];
      years.add(
          new Year(
              y,
              cents(yearCosts[y - 1]),
              cents(yearBenefits[y - 1]),
              cents(net),
              cents(discounted)));
    }
    double fullBenefits = fullBenefitsPerMonth * multiplier;
    double firstYearCost = runCostPerMonth * 12 + migrationPerMonth * 12;
    BigDecimal payback = fullBenefits > 0 ? round(firstYearCost / fullBenefits, 2) : null;
    BigDecimal roi = totalCosts > 0 ? round((totalBenefits - totalCosts) / totalCosts, 4) : null;
    return new Scenario(
        kind,
        multiplier,
        cents(fullBenefits * 12),
        payback,
        breakEven,
        cents(totalCosts),
        cents(totalBenefits),
        cents(totalBenefits - totalCosts),
        cents(npv),
        roi,
        years,
        monthly);
  }

  static BigDecimal cents(double amount) {
    return round(amount, 2);
  }

  private static BigDecimal round(double value, int decimals) {
    // +0.0 turns a rounded -0.00 into 0.00.
    return BigDecimal.valueOf(value + 0.0).setScale(decimals, RoundingMode.HALF_UP);
  }
}
