package dev.platformconsultant.businesscase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.platformconsultant.businesscase.BusinessCase.Kind;
import dev.platformconsultant.businesscase.BusinessCase.Scenario;
import dev.platformconsultant.businesscase.BusinessCaseInputs.Field;
import dev.platformconsultant.text.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base's worked example computed by hand: 120 developers × 2 h × 48 weeks × 80 EUR =
 * 921,600 EUR a year; 4 engineers × 12 months × 10,000 EUR + 60,000 EUR of tools = 540,000 EUR;
 * payback 540,000 ÷ 76,800 = 7.03 months.
 */
class BusinessCaseCalculatorTest {
  private final BusinessCaseCalculator calculator = new BusinessCaseCalculator();

  @Test
  void theWorkedExampleGivesTheKnowledgeBasesFigures() {
    // when
    BusinessCase bc = calculate(workedExample());

    // then
    assertEquals(money("921600.00"), bc.basis().timeSavedPerYear());
    assertEquals(money("921600.00"), bc.basis().benefitsPerYear());
    assertEquals(money("76800.00"), bc.basis().benefitsPerMonth());
    assertEquals(money("480000.00"), bc.basis().peoplePerYear());
    assertEquals(money("540000.00"), bc.basis().firstYearCost());
    assertEquals(new BigDecimal("7.03"), bc.scenario(Kind.EXPECTED).simplePaybackMonths());
  }

  @Test
  void npvDiscountsEachYearsNetAtTheEndOfTheYear() {
    // given three years at 8%, no ramp-up: every year nets 921,600 − 540,000 = 381,600
    BusinessCase bc = calculate(workedExample());
    double byHand = 381_600 / 1.08 + 381_600 / (1.08 * 1.08) + 381_600 / (1.08 * 1.08 * 1.08);

    // then
    Scenario expected = bc.scenario(Kind.EXPECTED);
    assertEquals(money("983420.21"), expected.npv());
    assertEquals(983_420.21, byHand, 0.005);
    assertEquals(money("381600.00"), expected.years().get(0).net());
    assertEquals(money("353333.33"), expected.years().get(0).discountedNet(), "381,600 ÷ 1.08");
    assertEquals(money("1620000.00"), expected.totalCosts());
    assertEquals(money("2764800.00"), expected.totalBenefits());
    assertEquals(new BigDecimal("0.7067"), expected.roi(), "1,144,800 ÷ 1,620,000");
  }

  @Test
  void theConservativeScenarioHalvesTheBenefitsAndDoublesThePayback() {
    BusinessCase bc = calculate(workedExample());

    Scenario conservative = bc.scenario(Kind.CONSERVATIVE);
    assertEquals(0.5, conservative.multiplier());
    assertEquals(money("460800.00"), conservative.benefitsPerYear());
    assertEquals(new BigDecimal("14.06"), conservative.simplePaybackMonths(), "540,000 ÷ 38,400");
    assertEquals(money("38400.00"), conservative.months().get(0).benefits());
    assertEquals(
        bc.scenario(Kind.EXPECTED).totalCosts(), conservative.totalCosts(), "costs unchanged");
  }

  @Test
  void withoutRampUpTheCaseBreaksEvenInTheFirstMonth() {
    // 76,800 of benefits against 45,000 of costs (40,000 of people and 5,000 of tools) each month
    Scenario expected = calculate(workedExample()).scenario(Kind.EXPECTED);

    assertEquals(money("45000.00"), expected.months().get(0).costs());
    assertEquals(1, expected.breakEvenMonth());
  }

  @Test
  void benefitsRampUpLinearlyAndMoveTheBreakEven() {
    // given a six-month ramp-up: month m earns m/6 of 76,800
    Map<Field, Double> values = workedExample();
    values.put(Field.RAMP_UP_MONTHS, 6.0);

    // when
    Scenario expected = calculate(values).scenario(Kind.EXPECTED);

    // then
    assertEquals(money("12800.00"), expected.months().get(0).benefits());
    assertEquals(money("38400.00"), expected.months().get(2).benefits());
    assertEquals(money("76800.00"), expected.months().get(5).benefits());
    assertEquals(money("76800.00"), expected.months().get(6).benefits());
    // 76,800 × (1+2+…+6)/6 = 268,800 after six months, against 6 × 45,000 = 270,000
    assertEquals(money("268800.00"), expected.months().get(5).cumulativeBenefits());
    assertEquals(money("270000.00"), expected.months().get(5).cumulativeCosts());
    assertEquals(7, expected.breakEvenMonth(), "345,600 ≥ 315,000 in month 7");
    // 268,800 + 6 × 76,800 in year 1
    assertEquals(money("729600.00"), expected.years().get(0).benefits());
    assertEquals(
        new BigDecimal("7.03"), expected.simplePaybackMonths(), "the simple payback ignores it");
  }

  @Test
  void theMigrationIsSpentOverYearOne() {
    // given 12 teams × 5 person-days × 600 = 36,000
    Map<Field, Double> values = workedExample();
    values.put(Field.MIGRATION_TEAMS, 12.0);
    values.put(Field.MIGRATION_DAYS_PER_TEAM, 5.0);
    values.put(Field.MIGRATION_DAILY_COST, 600.0);

    // when
    BusinessCase bc = calculate(values);

    // then
    Scenario expected = bc.scenario(Kind.EXPECTED);
    assertEquals(money("36000.00"), bc.basis().migration());
    assertEquals(money("576000.00"), bc.basis().firstYearCost());
    assertEquals(money("48000.00"), expected.months().get(11).costs());
    assertEquals(money("45000.00"), expected.months().get(12).costs());
    assertEquals(money("576000.00"), expected.years().get(0).costs());
    assertEquals(money("540000.00"), expected.years().get(1).costs());
    assertEquals(new BigDecimal("7.50"), expected.simplePaybackMonths(), "576,000 ÷ 76,800");
  }

  @Test
  void benefitsBelowTheMonthlyCostNeverBreakEvenWithinTheHorizon() {
    // the conservative 38,400 a month never catches up with 45,000
    Scenario conservative = calculate(workedExample()).scenario(Kind.CONSERVATIVE);

    assertNull(conservative.breakEvenMonth());
    assertEquals(36, conservative.months().size());
    assertEquals(-1, conservative.npv().signum());
  }

  @Test
  void noBenefitHasNoPaybackAndNoCostNoRoi() {
    Map<Field, Double> values = workedExample();
    values.put(Field.HOURS_SAVED_PER_WEEK, 0.0);
    Scenario noBenefit = calculate(values).scenario(Kind.EXPECTED);

    Map<Field, Double> free = workedExample();
    free.put(Field.PLATFORM_ENGINEERS, 0.0);
    free.put(Field.TOOLING_PER_YEAR, 0.0);
    Scenario noCost = calculate(free).scenario(Kind.EXPECTED);

    assertNull(noBenefit.simplePaybackMonths());
    assertNull(noBenefit.breakEvenMonth());
    assertNull(noCost.roi());
    assertEquals(1, noCost.breakEvenMonth());
  }

  @Test
  void everyInputIsAnAssumptionWithItsOwner() {
    Map<Field, Double> values = workedExample();
    BusinessCaseInputs inputs =
        BusinessCaseInputs.of(
            "Example Retail",
            Language.EN,
            "EUR",
            values,
            Map.of(Field.HOURS_SAVED_PER_WEEK, "DevEx survey, March 2026"));

    BusinessCase bc = calculator.calculate(inputs, "x-20261201-093000", LocalDate.of(2026, 12, 1));

    assertEquals(Field.values().length, bc.assumptions().size());
    BusinessCase.Assumption hours =
        bc.assumptions().stream()
            .filter(a -> a.field().equals("benefits.hours_saved_per_developer_per_week"))
            .findFirst()
            .orElseThrow();
    assertEquals("Engineering managers, with a DevEx survey", hours.owner());
    assertEquals("DevEx survey, March 2026", hours.source());
    assertEquals(2.0, hours.value());
  }

  /** The knowledge base's worked example: three years at 8%, no ramp-up, nothing else. */
  static Map<Field, Double> workedExample() {
    Map<Field, Double> v = new EnumMap<>(Field.class);
    v.put(Field.DISCOUNT_RATE, 0.08);
    v.put(Field.RAMP_UP_MONTHS, 0.0);
    v.put(Field.PLATFORM_ENGINEERS, 4.0);
    v.put(Field.ENGINEER_MONTHLY_COST, 10_000.0);
    v.put(Field.TOOLING_PER_YEAR, 60_000.0);
    v.put(Field.PLATFORM_CLOUD_PER_YEAR, 0.0);
    v.put(Field.MIGRATION_TEAMS, 0.0);
    v.put(Field.MIGRATION_DAYS_PER_TEAM, 0.0);
    v.put(Field.MIGRATION_DAILY_COST, 0.0);
    v.put(Field.DEVELOPERS, 120.0);
    v.put(Field.HOURS_SAVED_PER_WEEK, 2.0);
    v.put(Field.WORKING_WEEKS, 48.0);
    v.put(Field.HOURLY_COST, 80.0);
    return v;
  }

  private BusinessCase calculate(Map<Field, Double> values) {
    return calculator.calculate(
        BusinessCaseInputs.of("Example Retail", Language.EN, "EUR", values, Map.of()),
        "example-retail-20261201-093000",
        LocalDate.of(2026, 12, 1));
  }

  private static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }
}
