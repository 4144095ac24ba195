package dev.platformconsultant.businesscase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.businesscase.BusinessCaseInputs.Field;
import dev.platformconsultant.businesscase.BusinessCaseInputsFile.InvalidInputsException;
import dev.platformconsultant.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The inputs file: the shipped example reads, and each mistake is one line naming its field. */
class BusinessCaseInputsFileTest {
  static final Path EXAMPLE = Path.of("src/main/resources/businesscase/example-inputs.yaml");

  private final BusinessCaseInputsFile file = new BusinessCaseInputsFile();

  @Test
  void theExampleReadsWithItsNumbersAndSources() throws Exception {
    BusinessCaseInputs in = file.read(example());

    assertEquals("Example Retail", in.organisation());
    assertEquals(Language.EN, in.language());
    assertEquals("EUR", in.currency());
    assertEquals(3, in.horizonYears());
    assertEquals(0.08, in.discountRate());
    assertEquals(6, in.rampUpMonths());
    assertEquals(4, in.costs().platformEngineers());
    assertEquals(12, in.costs().migration().productTeams());
    assertEquals(120, in.benefits().developers());
    assertEquals(2000, in.benefits().costPerIncidentHour());
    assertEquals(0.5, in.scenarios().conservative());
    assertEquals(
        "Knowledge base worked example (roi-business-case)",
        in.sources().get(Field.HOURS_SAVED_PER_WEEK));
  }

  @Test
  void optionalFieldsTakeTheirDefaults() throws Exception {
    String minimal =
        """
        organisation: Minimal
        discount_rate: 0.1
        costs:
          platform_engineers: 2
          engineer_monthly_cost: 9000
          tooling_per_year: 0
          platform_cloud_per_year: 0
          migration: {product_teams: 0, person_days_per_team: 0, daily_cost: 0}
        benefits:
          developers: 50
          hours_saved_per_developer_per_week: 1
          working_weeks_per_year: 46
          hourly_cost: 70
        """;

    BusinessCaseInputs in = file.read(minimal);

    assertEquals(Language.EN, in.language());
    assertEquals("EUR", in.currency());
    assertEquals(3, in.horizonYears());
    assertEquals(6, in.rampUpMonths());
    assertEquals(0, in.benefits().cloudSavingsPerYear());
    assertEquals(0.5, in.scenarios().conservative());
    assertEquals(1.5, in.scenarios().optimistic());
    assertTrue(in.sources().isEmpty());
  }

  @Test
  void asFileTreeReadsBackAsTheSameInputs() throws Exception {
    BusinessCaseInputs in = file.read(example());
    String json =
        new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(in.asFileTree());

    assertEquals(in, file.read(json));
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of(
            "  tooling_per_year: 60000        # tools and licences\n",
            "",
            "costs.tooling_per_year: missing; it accepts an amount in EUR per year, from 0"),
        Arguments.of(
            "engineer_monthly_cost: 10000",
            "engineer_monthly_cost: -10000",
            "costs.engineer_monthly_cost: -10000 is negative; it accepts an amount in EUR per"
                + " month, from 0"),
        Arguments.of(
            "discount_rate: 0.08",
            "discount_rate: 0.8",
            "discount_rate: 0.8 is outside 0–0.5; it accepts an annual rate from 0 to 0.5 (0.08"
                + " for 8%)"),
        Arguments.of(
            "discount_rate: 0.08   # annual, 0 to 0.5 (0.08 for 8%); Finance gives it\n",
            "", "discount_rate: missing; it accepts an annual rate from 0 to 0.5 (0.08 for 8%)"),
        Arguments.of(
            "horizon_years: 3",
            "horizon_years: 12",
            "horizon_years: 12 is outside 1–10; it accepts a whole number of years from 1 to 10"),
        Arguments.of(
            "horizon_years: 3",
            "horizon_years: 2.5",
            "horizon_years: 2.5 is not a whole number; it accepts a whole number of years from 1"
                + " to 10"),
        Arguments.of(
            "  tooling_per_year: 60000",
            "  licences: 60000\n  tooling_per_year: 60000",
            "costs.licences: unknown field; costs accepts engineer_monthly_cost, migration,"
                + " platform_cloud_per_year, platform_engineers, tooling_per_year"),
        Arguments.of(
            "currency: EUR",
            "currency: EUR\nbudget: 100",
            "budget: unknown field; the file accepts benefits, costs, currency, discount_rate,"
                + " horizon_years, language, organisation, ramp_up_months, scenarios, sources"),
        Arguments.of(
            "developers: 120",
            "developers: many",
            "benefits.developers: 'many' is not a number; it accepts a whole number of developers"
                + " from 0 to 1,000,000"),
        Arguments.of(
            "currency: EUR",
            "currency: EURO",
            "currency: 'EURO' is not a currency code; it accepts an ISO 4217 code such as EUR,"
                + " USD, GBP or CHF"),
        Arguments.of(
            "language: en",
            "language: de",
            "language: 'de' is not a language; it accepts en or fr"),
        Arguments.of(
            "organisation: Example Retail",
            "organisation: \"  \"",
            "organisation: missing; it accepts the organisation's name (up to 80 characters)"),
        Arguments.of(
            "optimistic: 1.5",
            "optimistic: 0.8",
            "scenarios: conservative 0.5, expected 1, optimistic 0.8 are out of order; they"
                + " accept conservative ≤ expected ≤ optimistic"),
        Arguments.of(
            "conservative: 0.5",
            "conservative: 5",
            "scenarios.conservative: 5 is outside 0–3; it accepts a multiplier of the benefits"
                + " from 0 to 3 (0.5 halves them, 1 keeps them)"),
        Arguments.of(
            "  benefits.developers: Knowledge",
            "  benefits.devs: Knowledge",
            "sources.benefits.devs: unknown field; sources accepts the inputs' paths:"
                + " horizon_years, discount_rate,"),
        Arguments.of("ramp_up_months: 6", "ramp_up_months: [6", "not valid YAML (line "));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("mistakes")
  void eachMistakeIsOneLineNamingTheField(String replace, String with, String message)
      throws Exception {
    // given
    String yaml = example();
    assertTrue(yaml.contains(replace), "the example has: " + replace);
    String bad = yaml.replace(replace, with);

    // when
    InvalidInputsException e = assertThrows(InvalidInputsException.class, () -> file.read(bad));

    // then
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
  }

  @Test
  void aFileThatIsNotAMapSaysWhatItExpects() {
    InvalidInputsException e =
        assertThrows(InvalidInputsException.class, () -> file.read("- just\n- a list\n"));

    assertEquals("expected a YAML map of fields (see the example inputs file)", e.getMessage());
    assertEquals("", e.field());
  }

  @Test
  void typedValuesAcceptEachLanguagesWriting() throws Exception {
    assertEquals(
        10_000, BusinessCaseInputsFile.typed(Field.TOOLING_PER_YEAR, "10 000", "EUR", Language.FR));
    assertEquals(
        2.5, BusinessCaseInputsFile.typed(Field.HOURS_SAVED_PER_WEEK, "2,5", "EUR", Language.FR));
    assertEquals(
        10_000, BusinessCaseInputsFile.typed(Field.TOOLING_PER_YEAR, "10,000", "EUR", Language.EN));
    assertEquals(
        0.08, BusinessCaseInputsFile.typed(Field.DISCOUNT_RATE, "8%", "EUR", Language.EN), 1e-12);
    InvalidInputsException e =
        assertThrows(
            InvalidInputsException.class,
            () -> BusinessCaseInputsFile.typed(Field.DISCOUNT_RATE, "NaN", "EUR", Language.EN));
    assertTrue(e.getMessage().startsWith("discount_rate: 'NaN' is not a number"), e.getMessage());
  }

  static String example() throws IOException {
    return Files.readString(EXAMPLE);
  }
}
