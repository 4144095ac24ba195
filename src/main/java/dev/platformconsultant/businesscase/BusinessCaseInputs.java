package dev.platformconsultant.businesscase;

import dev.platformconsultant.text.Language;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a business case is computed from, as the sponsor's people state it: the platform's costs,
 * the benefits it is expected to bring, the horizon, the discount rate and the scenario
 * multipliers. Every number is one {@link Field}, which knows its range, its default (when it has
 * one) and who must confirm it; {@code sources} says where a value comes from, when the user said.
 *
 * <p>Immutable; the constructor rejects a value outside its field's range, so a case is never
 * computed from nonsense.
 *
 * @param currency an ISO 4217 code ({@code EUR})
 * @param rampUpMonths benefits grow linearly to full over these months (0: full from month 1)
 * @param sources where a value comes from ("DevEx survey, March 2026"), by field; may be empty
 */
public record BusinessCaseInputs(
    String organisation,
    Language language,
    String currency,
    int horizonYears,
    double discountRate,
    int rampUpMonths,
    Costs costs,
    Benefits benefits,
    Multipliers scenarios,
    Map<Field, String> sources) {

  public static final int MAX_ORGANISATION = 80;
  public static final int MAX_SOURCE = 200;

  public BusinessCaseInputs {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(costs, "costs");
    Objects.requireNonNull(benefits, "benefits");
    Objects.requireNonNull(scenarios, "scenarios");
    String problem = organisationProblem(organisation);
    if (problem != null) {
      throw new IllegalArgumentException("organisation: " + problem);
    }
    organisation = organisation.strip();
    problem = currencyProblem(currency);
    if (problem != null) {
      throw new IllegalArgumentException("currency: " + problem);
    }
    sources = Map.copyOf(sources);
    for (Field f : Field.values()) {
      double value = value(f, horizonYears, discountRate, rampUpMonths, costs, benefits, scenarios);
      String wrong = f.problem(value, currency);
      if (wrong != null) {
        throw new IllegalArgumentException(f.key() + ": " + wrong);
      }
    }
    problem = orderProblem(scenarios.conservative(), scenarios.expected(), scenarios.optimistic());
    if (problem != null) {
      throw new IllegalArgumentException("scenarios: " + problem);
    }
  }

  /** The platform's costs. Engineers, tools and platform cloud recur every year of the horizon. */
  public record Costs(
      double platformEngineers,
      double engineerMonthlyCost,
      double toolingPerYear,
      double platformCloudPerYear,
      Migration migration) {
    public Costs {
      Objects.requireNonNull(migration, "migration");
    }
  }

  /** The product teams' one-off effort to move onto the platform, spent in year 1. */
  public record Migration(double productTeams, double personDaysPerTeam, double dailyCost) {}

  /** What the platform brings back, at full adoption, per year. */
  public record Benefits(
      double developers,
      double hoursSavedPerDeveloperPerWeek,
      double workingWeeksPerYear,
      double hourlyCost,
      double incidentHoursAvoidedPerYear,
      double costPerIncidentHour,
      double cloudSavingsPerYear) {}

  /** What each scenario multiplies the benefits by (the costs stay the same). */
  public record Multipliers(double conservative, double expected, double optimistic) {}

  /** A number's value in this case. */
  public double value(Field f) {
    return value(f, horizonYears, discountRate, rampUpMonths, costs, benefits, scenarios);
  }

  /** The same inputs in another language (the {@code --language} option wins over the file). */
  public BusinessCaseInputs withLanguage(Language other) {
    return new BusinessCaseInputs(
        organisation,
        other,
        currency,
        horizonYears,
        discountRate,
        rampUpMonths,
        costs,
        benefits,
        scenarios,
        sources);
  }

  /**
   * The inputs from one value per field; a field missing from {@code values} takes its default.
   *
   * @throws IllegalArgumentException naming the first required field missing or value out of range
   */
  public static BusinessCaseInputs of(
      String organisation,
      Language language,
      String currency,
      Map<Field, Double> values,
      Map<Field, String> sources) {
    Map<Field, Double> v = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      Double given = values.get(f);
      if (given == null && f.defaultValue() == null) {
        throw new IllegalArgumentException(
            f.key() + ": missing; it accepts " + f.accepts(currency));
      }
      v.put(f, given != null ? given : f.defaultValue());
    }
    return new BusinessCaseInputs(
        organisation,
        language,
        currency,
        (int) Math.round(v.get(Field.HORIZON_YEARS)),
        v.get(Field.DISCOUNT_RATE),
        (int) Math.round(v.get(Field.RAMP_UP_MONTHS)),
        new Costs(
            v.get(Field.PLATFORM_ENGINEERS),
            v.get(Field.ENGINEER_MONTHLY_COST),
            v.get(Field.TOOLING_PER_YEAR),
            v.get(Field.PLATFORM_CLOUD_PER_YEAR),
            new Migration(
                v.get(Field.MIGRATION_TEAMS),
                v.get(Field.MIGRATION_DAYS_PER_TEAM),
                v.get(Field.MIGRATION_DAILY_COST))),
        new Benefits(
            v.get(Field.DEVELOPERS),
            v.get(Field.HOURS_SAVED_PER_WEEK),
            v.get(Field.WORKING_WEEKS),
            v.get(Field.HOURLY_COST),
            v.get(Field.INCIDENT_HOURS_AVOIDED),
            v.get(Field.INCIDENT_HOUR_COST),
            v.get(Field.CLOUD_SAVINGS)),
        new Multipliers(v.get(Field.CONSERVATIVE), v.get(Field.EXPECTED), v.get(Field.OPTIMISTIC)),
        sources);
  }

  /**
   * The inputs in the shape of the YAML file (nested maps, snake_case keys), so a saved record can
   * be read back as an inputs file.
   */
  public Map<String, Object> asFileTree() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("organisation", organisation);
    root.put("language", language.code());
    root.put("currency", currency);
    for (Field f : Field.values()) {
      put(root, f.key(), f.whole() ? (Object) Math.round(value(f)) : (Object) value(f));
    }
    if (!sources.isEmpty()) {
      Map<String, Object> s = new LinkedHashMap<>();
      for (Field f : Field.values()) {
        if (sources.containsKey(f)) {
          s.put(f.key(), sources.get(f));
        }
      }
      root.put("sources", s);
    }
    return root;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> root, String path, Object value) {
    String[] parts = path.split("\\.");
    Map<String, Object> node = root;
    for (int i = 0; i < parts.length - 1; i++) {
      node = (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
    }
    node.put(parts[parts.length - 1], value);
  }

  /** Why {@code name} cannot name the organisation, or null when it can. */
  static String organisationProblem(String name) {
    if (name == null || name.isBlank()) {
      return "missing; it accepts the organisation's name (up to "
          + MAX_ORGANISATION
          + " characters)";
    }
    if (name.strip().length() > MAX_ORGANISATION) {
      return "longer than " + MAX_ORGANISATION + " characters; give a shorter name";
    }
    return null;
  }

  /** Why {@code code} is not a currency, or null when it is. */
  static String currencyProblem(String code) {
    String accepts = "; it accepts an ISO 4217 code such as EUR, USD, GBP or CHF";
    if (code == null || !code.matches("[A-Z]{3}")) {
      return "'%s' is not a currency code%s".formatted(code, accepts);
    }
    try {
      Currency.getInstance(code);
      return null;
    } catch (IllegalArgumentException e) {
      return "'%s' is not a known currency%s".formatted(code, accepts);
    }
  }

  /**
   * Why the three multipliers are out of order, or null when conservative ≤ expected ≤ optimistic.
   */
  static String orderProblem(double conservative, double expected, double optimistic) {
    if (conservative > expected || expected > optimistic) {
      return "conservative %s, expected %s, optimistic %s are out of order; they accept"
              .formatted(plain(conservative), plain(expected), plain(optimistic))
          + " conservative ≤ expected ≤ optimistic";
    }
    return null;
  }

  private static double value(
      Field f,
      int horizonYears,
      double discountRate,
      int rampUpMonths,
      Costs costs,
      Benefits benefits,
      Multipliers scenarios) {
    return switch (f) {
      case HORIZON_YEARS -> horizonYears;
      case DISCOUNT_RATE -> discountRate;
      case RAMP_UP_MONTHS -> rampUpMonths;
      case PLATFORM_ENGINEERS -> costs.platformEngineers();
      case ENGINEER_MONTHLY_COST -> costs.engineerMonthlyCost();
      case TOOLING_PER_YEAR -> costs.toolingPerYear();
      case PLATFORM_CLOUD_PER_YEAR -> costs.platformCloudPerYear();
      case MIGRATION_TEAMS -> costs.migration().productTeams();
      case MIGRATION_DAYS_PER_TEAM -> costs.migration().personDaysPerTeam();
      case MIGRATION_DAILY_COST -> costs.migration().dailyCost();
      case DEVELOPERS -> benefits.developers();
      case HOURS_SAVED_PER_WEEK -> benefits.hoursSavedPerDeveloperPerWeek();
      case WORKING_WEEKS -> benefits.workingWeeksPerYear();
      case HOURLY_COST -> benefits.hourlyCost();
      case INCIDENT_HOURS_AVOIDED -> benefits.incidentHoursAvoidedPerYear();
      case INCIDENT_HOUR_COST -> benefits.costPerIncidentHour();
      case CLOUD_SAVINGS -> benefits.cloudSavingsPerYear();
      case CONSERVATIVE -> scenarios.conservative();
      case EXPECTED -> scenarios.expected();
      case OPTIMISTIC -> scenarios.optimistic();
    };
  }

  /** A number as a file would hold it: 10000, 0.08, 2.5. */
  static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.valueOf((long) value)
        : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A text in each language of the report. */
  record Words(String en, String fr) {
    String in(Language l) {
      return l == Language.FR ? fr : en;
    }
  }

  /** Who must confirm an input before the sponsor relies on the case. */
  public enum Owner {
    SPONSOR("The sponsor", "Le sponsor"),
    FINANCE("Finance", "La direction financière"),
    FINANCE_AND_HR(
        "Finance, with HR's working calendar",
        "La direction financière, avec le calendrier des RH"),
    PLATFORM_LEAD("Head of platform", "Le responsable de la plateforme"),
    PLATFORM_LEAD_AND_PROCUREMENT(
        "Head of platform, with Procurement", "Le responsable de la plateforme, avec les achats"),
    FINOPS("FinOps", "L'équipe FinOps"),
    ENGINEERING_MANAGERS("Engineering managers", "Les managers des équipes de développement"),
    ENGINEERING_MANAGERS_DEVEX(
        "Engineering managers, with a DevEx survey",
        "Les managers des équipes de développement, avec une enquête DevEx"),
    INCIDENT_MANAGEMENT("SRE / incident management", "Les SRE / la gestion des incidents"),
    INCIDENT_MANAGEMENT_AND_BUSINESS(
        "SRE / incident management and the business owner",
        "Les SRE / la gestion des incidents et le responsable métier");

    private final Words name;

    Owner(String en, String fr) {
      this.name = new Words(en, fr);
    }

    public String in(Language l) {
      return name.in(l);
    }
  }

  /** What a number counts, to write a value with its unit in each language. */
  enum Unit {
    MONEY_PER_YEAR("per year", "par an"),
    MONEY_PER_MONTH("per month", "par mois"),
    MONEY_PER_DAY("per person-day", "par jour-personne"),
    MONEY_PER_HOUR("per hour", "par heure"),
    ENGINEERS(
        "full-time engineer",
        "full-time engineers",
        "ingénieur à temps plein",
        "ingénieurs à temps plein"),
    TEAMS("team", "teams", "équipe", "équipes"),
    PERSON_DAYS(
        "person-day per team",
        "person-days per team",
        "jour-personne par équipe",
        "jours-personne par équipe"),
    DEVELOPERS("developer", "developers", "développeur", "développeurs"),
    HOURS_PER_WEEK("hour per week", "hours per week", "heure par semaine", "heures par semaine"),
    WEEKS("week", "weeks", "semaine", "semaines"),
    HOURS_PER_YEAR("hour per year", "hours per year", "heure par an", "heures par an"),
    YEARS("year", "years", "an", "ans"),
    MONTHS("month", "months", "mois", "mois"),
    RATE("", ""),
    MULTIPLIER("", "");

    final Words one;
    final Words many;

    Unit(String en, String fr) {
      this(en, en, fr, fr);
    }

    Unit(String enOne, String enMany, String frOne, String frMany) {
      this.one = new Words(enOne, frOne);
      this.many = new Words(enMany, frMany);
    }

    boolean money() {
      return name().startsWith("MONEY");
    }
  }

  /** Every number of a business case: its key in the file, range, default, unit and owner. */
  public enum Field {
    HORIZON_YEARS(
        "horizon_years", "Horizon", "Horizon", Unit.YEARS, 1, 10, true, 3.0, Owner.SPONSOR),
    DISCOUNT_RATE(
        "discount_rate",
        "Discount rate (annual)",
        "Taux d'actualisation (annuel)",
        Unit.RATE,
        0,
        0.5,
        false,
        null,
        Owner.FINANCE),
    RAMP_UP_MONTHS(
        "ramp_up_months",
        "Ramp-up to full benefits",
        "Montée en charge jusqu'aux gains complets",
        Unit.MONTHS,
        0,
        36,
        true,
        6.0,
        Owner.PLATFORM_LEAD),
    PLATFORM_ENGINEERS(
        "costs.platform_engineers",
        "Platform engineers",
        "Ingénieurs plateforme",
        Unit.ENGINEERS,
        0,
        1_000,
        false,
        null,
        Owner.PLATFORM_LEAD),
    ENGINEER_MONTHLY_COST(
        "costs.engineer_monthly_cost",
        "Loaded monthly cost of an engineer",
        "Coût mensuel chargé d'un ingénieur",
        Unit.MONEY_PER_MONTH,
        0,
        Field.MAX_MONEY,
        false,
        null,
        Owner.FINANCE),
    TOOLING_PER_YEAR(
        "costs.tooling_per_year",
        "Tools and licences",
        "Outils et licences",
        Unit.MONEY_PER_YEAR,
        0,
        Field.MAX_MONEY,
        false,
        null,
        Owner.PLATFORM_LEAD_AND_PROCUREMENT),
    PLATFORM_CLOUD_PER_YEAR(
        "costs.platform_cloud_per_year",
        "Cloud for the platform itself",
        "Cloud de la plateforme elle-même",
        Unit.MONEY_PER_YEAR,
        0,
        Field.MAX_MONEY,
        false,
        null,
        Owner.FINOPS),
    MIGRATION_TEAMS(
        "costs.migration.product_teams",
        "Product teams to migrate",
        "Équipes produit à migrer",
        Unit.TEAMS,
        0,
        10_000,
        true,
        null,
        Owner.ENGINEERING_MANAGERS),
    MIGRATION_DAYS_PER_TEAM(
        "costs.migration.person_days_per_team",
        "Migration effort of a team",
        "Effort de migration d'une équipe",
        Unit.PERSON_DAYS,
        0,
        10_000,
        false,
        null,
        Owner.ENGINEERING_MANAGERS),
    MIGRATION_DAILY_COST(
        "costs.migration.daily_cost",
        "Loaded daily cost of a product engineer",
        "Coût journalier chargé d'un ingénieur produit",
        Unit.MONEY_PER_DAY,
        0,
        Field.MAX_MONEY,
        false,
        null,
        Owner.FINANCE),
    DEVELOPERS(
        "benefits.developers",
        "Developers who use the platform",
        "Développeurs qui utilisent la plateforme",
        Unit.DEVELOPERS,
        0,
        1_000_000,
        true,
        null,
        Owner.ENGINEERING_MANAGERS),
    HOURS_SAVED_PER_WEEK(
        "benefits.hours_saved_per_developer_per_week",
        "Time saved per developer",
        "Temps gagné par développeur",
        Unit.HOURS_PER_WEEK,
        0,
        40,
        false,
        null,
        Owner.ENGINEERING_MANAGERS_DEVEX),
    WORKING_WEEKS(
        "benefits.working_weeks_per_year",
        "Working weeks per year",
        "Semaines travaillées par an",
        Unit.WEEKS,
        1,
        52,
        false,
        null,
        Owner.FINANCE_AND_HR),
    HOURLY_COST(
        "benefits.hourly_cost",
        "Loaded hourly cost of a developer",
        "Coût horaire chargé d'un développeur",
        Unit.MONEY_PER_HOUR,
        0,
        Field.MAX_MONEY,
        false,
        null,
        Owner.FINANCE),
    INCIDENT_HOURS_AVOIDED(
        "benefits.incident_hours_avoided_per_year",
        "Incident hours avoided",
        "Heures d'incident évitées",
        Unit.HOURS_PER_YEAR,
        0,
        8_760,
        false,
        0.0,
        Owner.INCIDENT_MANAGEMENT),
    INCIDENT_HOUR_COST(
        "benefits.cost_per_incident_hour",
        "Cost of an incident hour",
        "Coût d'une heure d'incident",
        Unit.MONEY_PER_HOUR,
        0,
        Field.MAX_MONEY,
        false,
        0.0,
        Owner.INCIDENT_MANAGEMENT_AND_BUSINESS),
    CLOUD_SAVINGS(
        "benefits.cloud_savings_per_year",
        "Cloud savings",
        "Économies cloud",
        Unit.MONEY_PER_YEAR,
        0,
        Field.MAX_MONEY,
        false,
        0.0,
        Owner.FINOPS),
    CONSERVATIVE(
        "scenarios.conservative",
        "Conservative scenario's multiplier",
        "Multiplicateur du scénario prudent",
        Unit.MULTIPLIER,
        0,
        3,
        false,
        0.5,
        Owner.SPONSOR),
    EXPECTED(
        "scenarios.expected",
        "Expected scenario's multiplier",
        "Multiplicateur du scénario attendu",
        Unit.MULTIPLIER,
        0,
        3,
        false,
        1.0,
        Owner.SPONSOR),
    OPTIMISTIC(
        "scenarios.optimistic",
        "Optimistic scenario's multiplier",
        "Multiplicateur du scénario optimiste",
        Unit.MULTIPLIER,
        0,
        3,
        false,
        1.5,
        Owner.SPONSOR);

    /** Beyond this an amount is a typing mistake, and doubles would lose the cents. */
    static final double MAX_MONEY = 1e10;

    private final String key;
    private final Words label;
    private final Unit unit;
    private final double min;
    private final double max;
    private final boolean whole;
    private final Double defaultValue;
    private final Owner owner;

    Field(
        String key,
        String en,
        String fr,
        Unit unit,
        double min,
        double max,
        boolean whole,
        Double defaultValue,
        Owner owner) {
      this.key = key;
      this.label = new Words(en, fr);
      this.unit = unit;
      this.min = min;
      this.max = max;
      this.whole = whole;
      this.defaultValue = defaultValue;
      this.owner = owner;
    }

    /** The field's path in the inputs file: {@code benefits.hourly_cost}. */
    public String key() {
      return key;
    }

    public String label(Language l) {
      return label.in(l);
    }

    public Owner owner() {
      return owner;
    }

    /** The value used when the file or the user gives none; null when the field is required. */
    public Double defaultValue() {
      return defaultValue;
    }

    public boolean whole() {
      return whole;
    }

    Unit unit() {
      return unit;
    }

    /** The field whose file path is {@code key}, or null. */
    public static Field byKey(String key) {
      for (Field f : values()) {
        if (f.key.equals(key)) {
          return f;
        }
      }
      return null;
    }

    /** Why {@code value} does not fit the field, or null when it does. */
    public String problem(double value, String currency) {
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        return "'%s' is not a number; it accepts %s".formatted(value, accepts(currency));
      }
      if (value < 0 && min == 0) {
        return "%s is negative; it accepts %s".formatted(plain(value), accepts(currency));
      }
      if (value < min || value > max) {
        return "%s is outside %s–%s; it accepts %s"
            .formatted(plain(value), plain(min), grouped(max), accepts(currency));
      }
      if (whole && value != Math.rint(value)) {
        return "%s is not a whole number; it accepts %s".formatted(plain(value), accepts(currency));
      }
      return null;
    }

    /**
     * The unit to type the value in, for a question in the terminal: "EUR per month", "hours per
     * week", "0.08 for 8%".
     */
    public String unitHint(Language l, String currency) {
      return switch (unit) {
        case MONEY_PER_YEAR, MONEY_PER_MONTH, MONEY_PER_DAY, MONEY_PER_HOUR ->
            currency + " " + unit.one.in(l);
        case RATE -> l == Language.FR ? "0,08 pour 8 %" : "0.08 for 8%";
        case MULTIPLIER -> l == Language.FR ? "× les gains" : "× the benefits";
        default -> unit.many.in(l);
      };
    }

    /** What the field accepts, in the words of an error message. */
    public String accepts(String currency) {
      String range = unit.money() ? "from 0" : "from %s to %s".formatted(plain(min), grouped(max));
      return switch (unit) {
        case MONEY_PER_YEAR, MONEY_PER_MONTH, MONEY_PER_DAY, MONEY_PER_HOUR ->
            "an amount in %s %s, %s".formatted(currency, unit.one.en(), range);
        case RATE -> "an annual rate from 0 to 0.5 (0.08 for 8%)";
        case MULTIPLIER ->
            "a multiplier of the benefits from 0 to 3 (0.5 halves them, 1 keeps them)";
        default ->
            "%s of %s %s".formatted(whole ? "a whole number" : "a number", unit.many.en(), range);
      };
    }

    private static String grouped(double value) {
      NumberFormat f = NumberFormat.getNumberInstance(Locale.ENGLISH);
      f.setMaximumFractionDigits(2);
      return f.format(value);
    }
  }
}
