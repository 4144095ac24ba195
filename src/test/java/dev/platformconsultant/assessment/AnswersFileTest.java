package dev.platformconsultant.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.text.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The answers and metrics files: the shipped examples read, and every mistake is one line naming
 * the field and what it accepts.
 */
class AnswersFileTest {
  private static final Path EXAMPLES = Path.of("src/main/resources/assessment/examples");
  private static final String REQUIRED =
      """
      team: Payments platform
      answers:
        change_lead_time: 3
        deployment_frequency: weekly_to_monthly
        failed_deployment_recovery_time: 5
        change_fail_rate: 20
        deployment_rework_rate: 15%
        investment: operational
        adoption: 2
        interfaces: provisional
        operations: provisional
        measurement: 1
      """;

  private final Questionnaire questionnaire = Questionnaire.shipped();
  private final AnswersFile files = new AnswersFile(questionnaire);

  @Test
  void theShippedExampleReadsWithItsTeamLanguageGroupsAndAnswers() throws Exception {
    Answers a = files.read(example("answers.yaml"), Optional.empty());

    assertEquals("Payments platform", a.team());
    assertEquals(Language.EN, a.language());
    assertEquals(Optional.of("financial_services"), a.industry());
    assertEquals(Optional.of("fewer_than_1000"), a.organisationSize());
    assertEquals(17, a.byQuestion().size());
    assertEquals(List.of(), a.missing(questionnaire));
    assertEquals(3, a.to("change_lead_time").orElseThrow().choice(), "one_week_to_one_month");
    assertEquals(5, a.to("failed_deployment_recovery_time").orElseThrow().choice());
    Answer failRate = a.to("change_fail_rate").orElseThrow();
    assertEquals(20.0, failRate.value().getAsDouble());
    assertEquals(3, failRate.choice(), "20% is the 20% choice");
    assertFalse(failRate.measured());
    assertEquals(2, a.to("loosely_coupled_teams").orElseThrow().choice(), "disagree");
    assertEquals(1, a.to("streamlining_change_approval").orElseThrow().choice());
  }

  @Test
  void theShippedNextQuarterExampleReadsToo() throws Exception {
    Answers a = files.read(example("answers-next-quarter.yaml"), Optional.empty());

    assertEquals("Payments platform", a.team());
    assertEquals(4, a.to("change_lead_time").orElseThrow().choice(), "one_day_to_one_week");
    assertEquals(3, a.to("investment").orElseThrow().choice(), "scalable");
    assertEquals(10.0, a.to("deployment_rework_rate").orElseThrow().value().getAsDouble());
    assertEquals(5, a.to("continuous_integration").orElseThrow().choice(), "strongly_agree");
  }

  @Test
  void theShippedMetricsExampleReplacesTheReportedDoraAnswersWithMeasuredOnes() throws Exception {
    Answers reported = files.read(example("answers.yaml"), Optional.empty());

    Answers measured = files.withMeasured(reported, example("metrics.yaml"));

    Answer leadTime = measured.to("change_lead_time").orElseThrow();
    assertTrue(leadTime.measured());
    assertEquals(52.5, leadTime.value().getAsDouble());
    assertEquals(4, leadTime.choice(), "52.5 hours is one day to one week");
    assertEquals(4, measured.to("deployment_frequency").orElseThrow().choice(), "3 a week");
    assertEquals(5, measured.to("failed_deployment_recovery_time").orElseThrow().choice(), "4 h");
    assertEquals(12.5, measured.to("change_fail_rate").orElseThrow().value().getAsDouble());
    assertTrue(measured.to("deployment_rework_rate").orElseThrow().measured());
    assertFalse(measured.to("investment").orElseThrow().measured(), "CNCF aspects stay reported");
    assertEquals(reported.byQuestion().size(), measured.byQuestion().size());
  }

  @Test
  void aTeamGivenOnTheCommandLineWinsOverTheFile() throws Exception {
    Answers a = files.read(REQUIRED + "language: fr\n", Optional.of("Équipe Paiements"));

    assertEquals("Équipe Paiements", a.team());
    assertEquals(Language.FR, a.language());
    assertEquals(Optional.empty(), a.industry());
    assertEquals(10, a.byQuestion().size(), "capabilities are optional");
  }

  @Test
  void aChoiceOutOfRangeNamesTheFieldAndItsChoices() {
    InvalidAnswersException e =
        invalid(REQUIRED.replace("change_lead_time: 3", "change_lead_time: 9"));

    assertEquals("answers.change_lead_time", e.field());
    assertEquals(
        "answers.change_lead_time: '9' is not an answer; it accepts 1-6 or one of:"
            + " more_than_six_months, one_to_six_months, one_week_to_one_month,"
            + " one_day_to_one_week, less_than_one_day, less_than_one_hour",
        e.getMessage());
  }

  @Test
  void aChoiceIdOfAnotherQuestionIsNotAnAnswer() {
    InvalidAnswersException e = invalid(REQUIRED.replace("adoption: 2", "adoption: agree"));

    assertOneLine(e, "answers.adoption");
    assertTrue(
        e.getMessage()
            .endsWith("it accepts 1-4 or one of: provisional, operational, scalable, optimizing"),
        e.getMessage());
  }

  @Test
  void anUnknownQuestionNamesItAndListsTheQuestions() {
    InvalidAnswersException e = invalid(REQUIRED + "  lead_time: 3\n");

    assertOneLine(e, "answers.lead_time");
    assertTrue(
        e.getMessage()
            .startsWith("answers.lead_time: unknown question; the questions are change_lead_time,"),
        e.getMessage());
    assertTrue(e.getMessage().contains("user_centric_focus"), e.getMessage());
  }

  @Test
  void anUnknownTopLevelFieldNamesItAndListsTheFields() {
    InvalidAnswersException e = invalid("teams: Payments\n" + REQUIRED);

    assertEquals("teams", e.field());
    assertEquals(
        "teams: unknown field; the file accepts answers, industry, language, organisation_size, team",
        e.getMessage());
  }

  @Test
  void aPercentageAboveAHundredSaysWhatItAccepts() {
    InvalidAnswersException e =
        invalid(REQUIRED.replace("change_fail_rate: 20", "change_fail_rate: 150"));

    assertEquals(
        "answers.change_fail_rate: '150' is not an answer; it accepts a percentage from 0 to 100",
        e.getMessage());
  }

  @Test
  void aNegativePercentageIsRefusedToo() {
    InvalidAnswersException e =
        invalid(REQUIRED.replace("deployment_rework_rate: 15%", "deployment_rework_rate: -1"));

    assertOneLine(e, "answers.deployment_rework_rate");
    assertTrue(e.getMessage().endsWith("a percentage from 0 to 100"), e.getMessage());
  }

  @Test
  void malformedYamlSaysOnWhichLine() {
    InvalidAnswersException e =
        invalid("team: Payments\nanswers:\n  change_lead_time: [3\n  adoption: 2\n");

    assertEquals("", e.field(), "the file as a whole");
    assertOneLine(e, "not valid YAML (line ");
    assertTrue(e.getMessage().matches("not valid YAML \\(line [345]\\): .+"), e.getMessage());
  }

  @Test
  void aFileThatIsNotAMapSaysWhatIsExpected() {
    InvalidAnswersException e = invalid("- change_lead_time: 3\n");

    assertEquals("expected a YAML map of fields (see the README's schema)", e.getMessage());
  }

  @Test
  void aMissingCncfAspectNamesItAndWhatItAccepts() {
    InvalidAnswersException e = invalid(REQUIRED.replace("  operations: provisional\n", ""));

    assertEquals("answers.operations", e.field());
    assertEquals(
        "answers.operations: missing (every DORA metric and CNCF aspect must be answered);"
            + " it accepts 1-4 or one of: provisional, operational, scalable, optimizing",
        e.getMessage());
  }

  @Test
  void missingAnswersSayTheyAreAMap() {
    InvalidAnswersException e = invalid("team: Payments\n");

    assertOneLine(e, "answers: missing");
  }

  @Test
  void aBadLanguageSaysWhichLanguagesThereAre() {
    InvalidAnswersException e = invalid("language: de\n" + REQUIRED);

    assertEquals("language: 'de' is not a language; it accepts en or fr", e.getMessage());
  }

  @Test
  void anUnknownIndustryListsDorasPublishedIndustries() {
    InvalidAnswersException e = invalid("industry: banking\n" + REQUIRED);

    assertOneLine(e, "industry");
    assertTrue(
        e.getMessage()
            .startsWith(
                "industry: 'banking' is not one of DORA's published groups; it accepts consumer,"),
        e.getMessage());
    assertTrue(e.getMessage().contains("financial_services"), e.getMessage());
  }

  @Test
  void anUnknownOrganisationSizeListsThePublishedSizes() {
    InvalidAnswersException e = invalid("organisation_size: huge\n" + REQUIRED);

    assertOneLine(e, "organisation_size");
    assertTrue(e.getMessage().contains("more_than_9999"), e.getMessage());
  }

  @Test
  void aMissingOrBlankTeamIsRefused() {
    InvalidAnswersException missing = invalid(REQUIRED.replace("team: Payments platform\n", ""));
    InvalidAnswersException symbols = invalid(REQUIRED.replace("Payments platform", "'!!!'"));

    assertEquals(
        "team: the team's name is empty; give the team's name (up to 60 characters)",
        missing.getMessage());
    assertOneLine(symbols, "team");
    assertTrue(symbols.getMessage().contains("at least one letter or digit"));
  }

  @Test
  void aMetricGivenAsTextNamesItsUnit() throws Exception {
    Answers reported = files.read(REQUIRED, Optional.empty());

    InvalidAnswersException e =
        assertThrows(
            InvalidAnswersException.class,
            () -> files.withMeasured(reported, "change_lead_time: two days\n"));

    assertEquals("metrics.change_lead_time", e.field());
    assertEquals(
        "metrics.change_lead_time: 'two days' is not a number; it accepts a number of hours",
        e.getMessage());
  }

  @Test
  void anUnknownOrUnmeasurableMetricListsTheMeasurableOnes() throws Exception {
    Answers reported = files.read(REQUIRED, Optional.empty());

    InvalidAnswersException unknown =
        assertThrows(
            InvalidAnswersException.class, () -> files.withMeasured(reported, "mttr: 3\n"));
    InvalidAnswersException aspect =
        assertThrows(
            InvalidAnswersException.class, () -> files.withMeasured(reported, "investment: 2\n"));

    assertEquals(
        "metrics.mttr: not a measurable metric; the file accepts change_lead_time (hours),"
            + " deployment_frequency (deployments per week), failed_deployment_recovery_time"
            + " (hours), change_fail_rate (percent), deployment_rework_rate (percent)",
        unknown.getMessage());
    assertOneLine(aspect, "metrics.investment: not a measurable metric");
  }

  @Test
  void aMeasuredPercentageAboveAHundredIsOutsideTheRange() throws Exception {
    Answers reported = files.read(REQUIRED, Optional.empty());

    InvalidAnswersException e =
        assertThrows(
            InvalidAnswersException.class,
            () -> files.withMeasured(reported, "change_fail_rate: 150\n"));

    assertEquals(
        "metrics.change_fail_rate: 150 is outside the question's range; it accepts a percentage"
            + " from 0 to 100",
        e.getMessage());
  }

  private InvalidAnswersException invalid(String yaml) {
    InvalidAnswersException e =
        assertThrows(InvalidAnswersException.class, () -> files.read(yaml, Optional.empty()));
    assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    return e;
  }

  private static void assertOneLine(InvalidAnswersException e, String start) {
    assertTrue(e.getMessage().startsWith(start), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
  }

  private static String example(String file) throws Exception {
    return Files.readString(EXAMPLES.resolve(file), StandardCharsets.UTF_8);
  }
}
