package dev.platformconsultant.businesscase;

import dev.platformconsultant.businesscase.BusinessCase.Assumption;
import dev.platformconsultant.businesscase.BusinessCase.Basis;
import dev.platformconsultant.businesscase.BusinessCase.Kind;
import dev.platformconsultant.businesscase.BusinessCase.Scenario;
import dev.platformconsultant.businesscase.BusinessCase.Year;
import dev.platformconsultant.businesscase.BusinessCaseInputs.Field;
import dev.platformconsultant.businesscase.BusinessCaseInputs.Unit;
import dev.platformconsultant.text.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * The business case as a Markdown document a sponsor reads: the summary, the costs and benefits
 * with their formulas written out with the numbers, the scenarios, payback and NPV with their
 * definitions, the assumptions to confirm and who confirms them, and the metrics that will confirm
 * the case. In the inputs' language; amounts in the inputs' currency as the language writes them
 * ("€921,600", "921 600 €"). It invents no figure: each one is an input or computed from them.
 * Stateless and thread-safe.
 */
public final class BusinessCaseReport {
  /** The chart the report links, saved next to it. */
  public static final String CHART = "cumulative.png";

  private static final char NBSP = '\u00A0';

  public String render(BusinessCase bc) {
    return render(bc, BusinessCaseNarrator.Narrative.none());
  }

  /** The report with the LLM's summary for the sponsor on top, when there is one. */
  public String render(BusinessCase bc, BusinessCaseNarrator.Narrative narrative) {
    BusinessCaseInputs in = bc.inputs();
    Language l = in.language();
    StringBuilder md = new StringBuilder();
    md.append("# ")
        .append(w(l, "Business case: ", "Étude de rentabilité : "))
        .append(oneLine(in.organisation()))
        .append(" (")
        .append(bc.date())
        .append(")\n\n");
    md.append("_")
        .append(
            w(
                    l,
                    "Business case %s · horizon %s · discount rate %s · amounts in %s, rounded to"
                        + " the unit",
                    "Étude %s · horizon %s · taux d'actualisation %s · montants en %s, arrondis à"
                        + " l'unité")
                .formatted(
                    bc.id(),
                    quantity(l, in.horizonYears(), Unit.YEARS),
                    percent(l, in.discountRate()),
                    in.currency()))
        .append("_\n\n");
    sponsor(md, narrative, l);
    summary(md, bc, l);
    costs(md, bc, l);
    benefits(md, bc, l);
    scenarios(md, bc, l);
    paybackAndNpv(md, bc, l);
    assumptions(md, bc, l);
    confirmation(md, bc, l);
    return md.toString();
  }

  private void sponsor(StringBuilder md, BusinessCaseNarrator.Narrative n, Language l) {
    if (n.warning() != null) {
      md.append("> ").append(n.warning()).append("\n\n");
    }
    if (!"llm".equals(n.mode()) || n.text().isBlank()) {
      return;
    }
    heading(md, w(l, "For the sponsor", "Pour le commanditaire"));
    md.append(n.text().strip()).append("\n\n");
    if (!n.keyAssumptions().isEmpty()) {
      md.append(w(l, "The case rests most on: ", "L'étude repose surtout sur : "))
          .append(
              String.join(
                  ", ",
                  n.keyAssumptions().stream()
                      .map(k -> Field.byKey(k).label(l).toLowerCase(java.util.Locale.ROOT))
                      .toList()))
          .append(".\n\n");
    }
    md.append("_")
        .append(
            w(
                l,
                "Written by an LLM from the figures below; every figure in it is one of them.",
                "Rédigé par un LLM à partir des chiffres ci-dessous ; chacun de ses chiffres en fait partie."))
        .append("_\n\n");
  }

  private void summary(StringBuilder md, BusinessCase bc, Language l) {
    BusinessCaseInputs in = bc.inputs();
    Scenario e = bc.scenario(Kind.EXPECTED);
    Scenario c = bc.scenario(Kind.CONSERVATIVE);
    heading(md, w(l, "Summary", "Synthèse"));
    String years = quantity(l, in.horizonYears(), Unit.YEARS);
    md.append(w(l, "In the expected scenario, ", "Dans le scénario attendu, "));
    if (e.simplePaybackMonths() == null) {
      md.append(
          w(
                  l,
                  "there is no benefit to pay back the first-year cost of %s",
                  "aucun gain ne rembourse le coût de la première année, %s")
              .formatted(money(l, in.currency(), bc.basis().firstYearCost())));
    } else {
      md.append(
          w(
                  l,
                  "the platform pays back its first-year cost of %s in **%s months** of full"
                      + " benefits (simple payback)",
                  "la plateforme rembourse son coût de première année, %s, en **%s mois** de gains"
                      + " complets (retour simple)")
              .formatted(
                  money(l, in.currency(), bc.basis().firstYearCost()),
                  decimal(l, e.simplePaybackMonths().doubleValue(), 1)));
    }
    md.append(w(l, "; ", " ; "));
    md.append(breakEvenSentence(l, e, in)).append(". ");
    md.append(
        w(
                l,
                "Over %s, the net present value at %s is **%s** and the return on investment **%s**.",
                "Sur %s, la valeur actuelle nette (VAN) à %s est de **%s** et le retour sur"
                    + " investissement (ROI) de **%s**.")
            .formatted(
                years, percent(l, in.discountRate()), money(l, in.currency(), e.npv()), roi(l, e)));
    md.append("\n\n");
    md.append(
        w(
                l,
                "In the conservative scenario (benefits × %s): simple payback %s, break-even %s,"
                    + " NPV %s, ROI %s.",
                "Dans le scénario prudent (gains × %s) : retour simple %s, point mort %s, VAN %s,"
                    + " ROI %s.")
            .formatted(
                decimal(l, c.multiplier(), 2),
                paybackShort(l, c),
                breakEvenShort(l, c, in),
                money(l, in.currency(), c.npv()),
                roi(l, c)));
    md.append("\n\n");
    md.append(
        w(
            l,
            "Every figure comes from the inputs below and arithmetic on them; the assumptions to"
                + " confirm, and who confirms each, are listed at the end. Time to market is not"
                + " counted: it is harder to prove, so it stays out of the figures.",
            "Chaque chiffre vient des données ci-dessous et de calculs sur elles ; les hypothèses"
                + " à confirmer, et qui confirme chacune, sont listées à la fin. Le gain de délai de"
                + " mise sur le marché n'est pas compté : plus difficile à prouver, il reste hors"
                + " des chiffres."));
    md.append("\n\n");
  }

  private void costs(StringBuilder md, BusinessCase bc, Language l) {
    BusinessCaseInputs in = bc.inputs();
    BusinessCaseInputs.Costs c = in.costs();
    Basis b = bc.basis();
    String cur = in.currency();
    heading(md, w(l, "Costs", "Coûts"));
    md.append(w(l, "| Cost | Formula | Amount |\n", "| Coût | Formule | Montant |\n"));
    md.append("|---|---|---:|\n");
    row(
        md,
        w(l, "People (per year)", "Équipe plateforme (par an)"),
        "%s × %s × %s"
            .formatted(
                quantity(l, c.platformEngineers(), Unit.ENGINEERS),
                quantity(l, 12, Unit.MONTHS),
                amount(l, cur, c.engineerMonthlyCost()) + " " + Unit.MONEY_PER_MONTH.one.in(l)),
        money(l, cur, b.peoplePerYear()));
    row(
        md,
        w(l, "Tools and licences (per year)", "Outils et licences (par an)"),
        w(l, "given", "donné"),
        money(l, cur, b.toolingPerYear()));
    row(
        md,
        w(l, "Cloud for the platform itself (per year)", "Cloud de la plateforme (par an)"),
        w(l, "given", "donné"),
        money(l, cur, b.platformCloudPerYear()));
    row(
        md,
        w(l, "**Run cost (every year)**", "**Coût de fonctionnement (chaque année)**"),
        w(l, "people + tools + platform cloud", "équipe + outils + cloud de la plateforme"),
        "**" + money(l, cur, b.runCostPerYear()) + "**");
    row(
        md,
        w(
            l,
            "Migration of the product teams (one-off, over year 1)",
            "Migration des équipes produit (une fois, sur l'année 1)"),
        "%s × %s × %s"
            .formatted(
                quantity(l, c.migration().productTeams(), Unit.TEAMS),
                quantity(l, c.migration().personDaysPerTeam(), Unit.PERSON_DAYS),
                amount(l, cur, c.migration().dailyCost()) + " " + Unit.MONEY_PER_DAY.one.in(l)),
        money(l, cur, b.migration()));
    row(
        md,
        w(l, "**First-year cost**", "**Coût de la première année**"),
        w(l, "run cost + migration", "fonctionnement + migration"),
        "**" + money(l, cur, b.firstYearCost()) + "**");
    Scenario e = bc.scenario(Kind.EXPECTED);
    row(
        md,
        w(l, "**Total over %s**", "**Total sur %s**")
            .formatted(quantity(l, in.horizonYears(), Unit.YEARS)),
        w(l, "run cost × %d + migration", "fonctionnement × %d + migration")
            .formatted(in.horizonYears()),
        "**" + money(l, cur, e.totalCosts()) + "**");
    md.append('\n');
    md.append(
        w(
            l,
            "The costs are spread month by month: a twelfth of the run cost each month, and the"
                + " migration over the first 12 months. They are the same in every scenario.",
            "Les coûts sont répartis mois par mois : un douzième du coût de fonctionnement chaque"
                + " mois, et la migration sur les 12 premiers mois. Ils sont les mêmes dans tous les"
                + " scénarios."));
    md.append("\n\n");
  }

  private void benefits(StringBuilder md, BusinessCase bc, Language l) {
    BusinessCaseInputs in = bc.inputs();
    BusinessCaseInputs.Benefits b = in.benefits();
    Basis basis = bc.basis();
    String cur = in.currency();
    heading(md, w(l, "Benefits", "Gains"));
    md.append(
        w(
            l,
            "Per year at full adoption, before the scenarios' multipliers:",
            "Par an, une fois la plateforme pleinement adoptée, avant les multiplicateurs des"
                + " scénarios :"));
    md.append("\n\n");
    md.append(w(l, "| Benefit | Formula | Per year |\n", "| Gain | Formule | Par an |\n"));
    md.append("|---|---|---:|\n");
    row(
        md,
        w(l, "Developer time saved", "Temps gagné par les développeurs"),
        "%s × %s × %s × %s"
            .formatted(
                quantity(l, b.developers(), Unit.DEVELOPERS),
                quantity(l, b.hoursSavedPerDeveloperPerWeek(), Unit.HOURS_PER_WEEK),
                quantity(l, b.workingWeeksPerYear(), Unit.WEEKS),
                amount(l, cur, b.hourlyCost()) + " " + Unit.MONEY_PER_HOUR.one.in(l)),
        money(l, cur, basis.timeSavedPerYear()));
    row(
        md,
        w(l, "Incidents avoided", "Incidents évités"),
        "%s × %s"
            .formatted(
                quantity(l, b.incidentHoursAvoidedPerYear(), Unit.HOURS_PER_YEAR),
                amount(l, cur, b.costPerIncidentHour()) + " " + Unit.MONEY_PER_HOUR.one.in(l)),
        money(l, cur, basis.incidentsAvoidedPerYear()));
    row(
        md,
        w(l, "Cloud savings", "Économies cloud"),
        w(l, "given", "donné"),
        money(l, cur, basis.cloudSavingsPerYear()));
    row(
        md,
        "**Total**",
        w(l, "time + incidents + cloud", "temps + incidents + cloud"),
        "**" + money(l, cur, basis.benefitsPerYear()) + "**");
    md.append('\n');
    md.append(
        w(
                l,
                "That is %s per month at full adoption (÷ 12). ",
                "Soit %s par mois à plein régime (÷ 12). ")
            .formatted(money(l, cur, basis.benefitsPerMonth())));
    int ramp = in.rampUpMonths();
    if (ramp == 0) {
      md.append(
          w(
              l,
              "No ramp-up: the benefits are counted in full from the first month.",
              "Sans montée en charge : les gains sont comptés en entier dès le premier mois."));
    } else {
      md.append(
          w(
                  l,
                  "The benefits ramp up linearly over %s: month m earns min(m ÷ %d, 1) of them.",
                  "Les gains montent en charge linéairement sur %s : le mois m en rapporte"
                      + " min(m ÷ %d, 1).")
              .formatted(quantity(l, ramp, Unit.MONTHS), ramp));
    }
    md.append(' ');
    md.append(
        w(
            l,
            "Time to market (features shipped earlier × value per week) is kept separate and not"
                + " counted.",
            "Le délai de mise sur le marché (fonctionnalités livrées plus tôt × valeur par"
                + " semaine) est tenu à part et n'est pas compté."));
    md.append("\n\n");
  }

  private void scenarios(StringBuilder md, BusinessCase bc, Language l) {
    BusinessCaseInputs in = bc.inputs();
    String cur = in.currency();
    heading(md, w(l, "Scenarios", "Scénarios"));
    md.append(
        w(
                l,
                "Each scenario multiplies the benefits; the costs stay the same. Totals over %s.",
                "Chaque scénario multiplie les gains ; les coûts restent les mêmes. Totaux sur %s.")
            .formatted(quantity(l, in.horizonYears(), Unit.YEARS)));
    md.append("\n\n");
    md.append(
        w(
                l,
                "| Scenario | Benefits × | Benefits per year | Costs | Benefits | Net | Simple"
                    + " payback | Break-even | NPV at %s | ROI |\n",
                "| Scénario | Gains × | Gains par an | Coûts | Gains | Net | Retour simple | Point"
                    + " mort | VAN à %s | ROI |\n")
            .formatted(percent(l, in.discountRate())));
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Scenario s : bc.scenarios()) {
      row(
          md,
          s.kind() == Kind.EXPECTED ? "**" + s.kind().title(l) + "**" : s.kind().title(l),
          decimal(l, s.multiplier(), 2),
          money(l, cur, s.benefitsPerYear()),
          money(l, cur, s.totalCosts()),
          money(l, cur, s.totalBenefits()),
          money(l, cur, s.net()),
          paybackShort(l, s),
          breakEvenShort(l, s, in),
          money(l, cur, s.npv()),
          roi(l, s));
    }
    md.append('\n');
    Scenario e = bc.scenario(Kind.EXPECTED);
    md.append("### ")
        .append(w(l, "Year by year, expected scenario", "Année par année, scénario attendu"));
    md.append("\n\n");
    md.append(
        w(
            l,
            "| Year | Costs | Benefits | Net | Discount factor | Discounted net |\n",
            "| Année | Coûts | Gains | Net | Facteur d'actualisation | Net actualisé |\n"));
    md.append("|---:|---:|---:|---:|---:|---:|\n");
    for (Year y : e.years()) {
      row(
          md,
          String.valueOf(y.year()),
          money(l, cur, y.costs()),
          money(l, cur, y.benefits()),
          money(l, cur, y.net()),
          "1 ÷ (1 + %s)^%d".formatted(decimal(l, in.discountRate(), 4), y.year()),
          money(l, cur, y.discountedNet()));
    }
    row(
        md,
        "**" + w(l, "Total", "Total") + "**",
        "**" + money(l, cur, e.totalCosts()) + "**",
        "**" + money(l, cur, e.totalBenefits()) + "**",
        "**" + money(l, cur, e.net()) + "**",
        "",
        "**" + w(l, "NPV ", "VAN ") + money(l, cur, e.npv()) + "**");
    md.append('\n');
  }

  private void paybackAndNpv(StringBuilder md, BusinessCase bc, Language l) {
    BusinessCaseInputs in = bc.inputs();
    String cur = in.currency();
    Scenario e = bc.scenario(Kind.EXPECTED);
    heading(md, w(l, "Payback and NPV", "Délai de retour et VAN"));
    md.append("- ");
    md.append(
        w(
                l,
                "**Simple payback** = first-year cost ÷ monthly benefits at full adoption: %s ÷ %s"
                    + " = %s (expected scenario). The knowledge base's definition: it ignores the"
                    + " ramp-up.",
                "**Retour simple** = coût de la première année ÷ gains mensuels à plein régime : %s"
                    + " ÷ %s = %s (scénario attendu). C'est la définition de la base de"
                    + " connaissances : elle ignore la montée en charge.")
            .formatted(
                money(l, cur, bc.basis().firstYearCost()),
                money(
                    l,
                    cur,
                    e.benefitsPerYear().divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP)),
                paybackShort(l, e)));
    md.append("\n- ");
    md.append(
        w(
                l,
                "**Break-even** = the first month whose cumulative benefits, ramp-up included, reach"
                    + " the cumulative costs: %s (conservative), %s (expected), %s (optimistic).",
                "**Point mort** = le premier mois où les gains cumulés, montée en charge comprise,"
                    + " atteignent les coûts cumulés : %s (prudent), %s (attendu), %s (optimiste).")
            .formatted(
                breakEvenShort(l, bc.scenario(Kind.CONSERVATIVE), in),
                breakEvenShort(l, e, in),
                breakEvenShort(l, bc.scenario(Kind.OPTIMISTIC), in)));
    md.append("\n- ");
    md.append(
        w(
                l,
                "**NPV** = Σ net cash flow of year y ÷ (1 + %s)^y, for y = 1 to %d. Each year's net"
                    + " cash flow is counted at the end of its year (end-of-year convention); nothing"
                    + " is counted after year %d.",
                "**VAN** = Σ flux net de l'année a ÷ (1 + %s)^a, pour a = 1 à %d. Le flux net de"
                    + " chaque année est compté à la fin de l'année (convention de fin d'année) ;"
                    + " rien n'est compté après l'année %d.")
            .formatted(percent(l, in.discountRate()), in.horizonYears(), in.horizonYears()));
    md.append("\n- ");
    md.append(
        w(
                l,
                "**ROI** = (total benefits − total costs) ÷ total costs over %s, undiscounted: (%s −"
                    + " %s) ÷ %s = %s (expected scenario).",
                "**ROI** = (gains totaux − coûts totaux) ÷ coûts totaux sur %s, sans actualisation :"
                    + " (%s − %s) ÷ %s = %s (scénario attendu).")
            .formatted(
                quantity(l, in.horizonYears(), Unit.YEARS),
                money(l, cur, e.totalBenefits()),
                money(l, cur, e.totalCosts()),
                money(l, cur, e.totalCosts()),
                roi(l, e)));
    md.append("\n\n");
    md.append("![")
        .append(
            w(
                l,
                "Cumulative costs and benefits by month, three scenarios",
                "Coûts et gains cumulés par mois, trois scénarios"))
        .append("](")
        .append(CHART)
        .append(")\n\n");
  }

  private void assumptions(StringBuilder md, BusinessCase bc, Language l) {
    BusinessCaseInputs in = bc.inputs();
    heading(md, w(l, "Assumptions to confirm", "Hypothèses à confirmer"));
    md.append(
        w(
            l,
            "The case holds only as far as these inputs do. Each one has an owner who confirms it"
                + " before the sponsor relies on the figures.",
            "L'étude ne vaut que ce que valent ces données. Chacune a un responsable qui la confirme"
                + " avant que le sponsor ne s'appuie sur les chiffres."));
    md.append("\n\n");
    md.append(
        w(
            l,
            "| Input | Value | Who confirms | Source |\n",
            "| Donnée | Valeur | Qui confirme | Source |\n"));
    md.append("|---|---:|---|---|\n");
    for (Assumption a : bc.assumptions()) {
      Field f = Field.byKey(a.field());
      row(
          md,
          f.label(l),
          value(l, in.currency(), f, a.value()),
          a.owner(),
          a.source().isEmpty() ? w(l, "_to be confirmed_", "_à confirmer_") : a.source());
    }
    md.append('\n');
  }

  private void confirmation(StringBuilder md, BusinessCase bc, Language l) {
    BusinessCaseInputs in = bc.inputs();
    BusinessCaseInputs.Benefits b = in.benefits();
    Scenario e = bc.scenario(Kind.EXPECTED);
    Scenario c = bc.scenario(Kind.CONSERVATIVE);
    heading(md, w(l, "What will confirm it", "Ce qui le confirmera"));
    md.append(
        w(
            l,
            "Measure these before the platform starts, then every quarter, and compare them with"
                + " the plan:",
            "Mesurer ces indicateurs avant le démarrage de la plateforme, puis chaque trimestre, et"
                + " les comparer au plan :"));
    md.append("\n\n");
    md.append("- ")
        .append(
            w(
                    l,
                    "**Developer time saved** (planned: %s): a DevEx survey repeated each quarter"
                        + " (hours lost to waiting, toil and hand-offs), and the lead times the"
                        + " platform shortens (provisioning an environment, a CI run).",
                    "**Temps gagné par les développeurs** (prévu : %s) : une enquête DevEx répétée"
                        + " chaque trimestre (heures perdues en attente, tâches répétitives et"
                        + " passages de relais), et les délais que la plateforme raccourcit"
                        + " (provisionner un environnement, une exécution de la CI).")
                .formatted(quantity(l, b.hoursSavedPerDeveloperPerWeek(), Unit.HOURS_PER_WEEK)))
        .append('\n');
    md.append("- ")
        .append(
            w(
                l,
                "**DORA delivery performance**: change lead time and deployment frequency, measured"
                    + " from the delivery pipeline, should improve as the teams migrate.",
                "**Performance de livraison DORA** : le délai de mise en production des changements"
                    + " et la fréquence de déploiement, mesurés dans la chaîne de livraison, doivent"
                    + " s'améliorer à mesure que les équipes migrent."))
        .append('\n');
    if (bc.basis().incidentsAvoidedPerYear().signum() > 0) {
      md.append("- ")
          .append(
              w(
                      l,
                      "**Incidents avoided** (planned: %s fewer incident hours per year): incident"
                          + " hours per quarter, the change fail rate and the failed deployment"
                          + " recovery time (DORA).",
                      "**Incidents évités** (prévu : %s heures d'incident de moins par an) : les"
                          + " heures d'incident par trimestre, le taux d'échec des changements et le"
                          + " temps de rétablissement après un déploiement raté (DORA).")
                  .formatted(decimal(l, b.incidentHoursAvoidedPerYear(), 2)))
          .append('\n');
    }
    if (bc.basis().cloudSavingsPerYear().signum() > 0) {
      md.append("- ")
          .append(
              w(
                      l,
                      "**Cloud savings** (planned: %s per year): the monthly cloud bill and its cost"
                          + " per unit of business (FinOps).",
                      "**Économies cloud** (prévu : %s par an) : la facture cloud mensuelle et son"
                          + " coût par unité d'activité (FinOps).")
                  .formatted(money(l, in.currency(), bc.basis().cloudSavingsPerYear())))
          .append('\n');
    }
    md.append("- ")
        .append(
            w(
                    l,
                    "**Adoption**: the product teams migrated (planned: %s in year 1) and the"
                        + " developers using the platform (planned: %s).",
                    "**Adoption** : les équipes produit migrées (prévu : %s la première année) et"
                        + " les développeurs qui utilisent la plateforme (prévu : %s).")
                .formatted(
                    quantity(l, in.costs().migration().productTeams(), Unit.TEAMS),
                    quantity(l, b.developers(), Unit.DEVELOPERS)))
        .append('\n');
    if (e.breakEvenMonth() != null) {
      md.append("- ")
          .append(
              w(
                      l,
                      "**Review in month %d**, the expected break-even: if the benefits measured"
                          + " so far are below the conservative scenario's (%s cumulated), revisit"
                          + " the case.",
                      "**Revue au mois %d**, le point mort attendu : si les gains mesurés jusque-là"
                          + " sont sous ceux du scénario prudent (%s cumulés), revoir l'étude.")
                  .formatted(
                      e.breakEvenMonth(),
                      money(
                          l,
                          in.currency(),
                          c.months().get(e.breakEvenMonth() - 1).cumulativeBenefits())))
          .append('\n');
    }
    md.append('\n');
    md.append("### ").append(w(l, "Checklist", "Liste de contrôle")).append("\n\n");
    boolean migration = bc.basis().migration().signum() > 0;
    check(
        md,
        migration,
        migration
            ? w(
                    l,
                    "Costs include the teams' migration effort (%s)",
                    "Les coûts comprennent l'effort de migration des équipes (%s)")
                .formatted(money(l, in.currency(), bc.basis().migration()))
            : w(
                l,
                "Costs include the teams' migration effort: it is 0 here, confirm it",
                "Les coûts comprennent l'effort de migration des équipes : il est nul ici, à"
                    + " confirmer"));
    long sourced = bc.assumptions().stream().filter(a -> !a.source().isEmpty()).count();
    check(
        md,
        sourced == bc.assumptions().size(),
        w(
                l,
                "Benefits with formulas and sourced assumptions (%d of %d inputs have a source)",
                "Gains avec formules et hypothèses sourcées (%d données sur %d ont une source)")
            .formatted(sourced, bc.assumptions().size()));
    check(md, true, w(l, "Conservative and expected scenarios", "Scénarios prudent et attendu"));
    check(
        md,
        true,
        w(
            l,
            "Payback period and the metrics that will confirm it",
            "Délai de retour et indicateurs qui le confirmeront"));
    md.append('\n');
  }

  // ----- formats -----

  private static void check(StringBuilder md, boolean done, String text) {
    md.append(done ? "- [x] " : "- [ ] ").append(text).append('\n');
  }

  private static void heading(StringBuilder md, String title) {
    md.append("## ").append(title).append("\n\n");
  }

  private static void row(StringBuilder md, String... cells) {
    md.append('|');
    for (String cell : cells) {
      md.append(' ').append(cell(cell)).append(" |");
    }
    md.append('\n');
  }

  /** A table cell: one line, its bars escaped so that user text cannot break the table. */
  private static String cell(String text) {
    return oneLine(text).replace("|", "\\|");
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static String w(Language l, String en, String fr) {
    return l == Language.FR ? fr : en;
  }

  static Locale locale(Language l) {
    return l == Language.FR ? Locale.FRENCH : Locale.ENGLISH;
  }

  /**
   * An amount rounded to the unit, as the language writes it: "€921,600", "-€12,000", "CHF 921,600"
   * in English; "921 600 €" in French (narrow no-break spaces between thousands, a no-break space
   * before the symbol).
   */
  public static String money(Language l, String currency, BigDecimal amount) {
    return money(l, currency, amount.setScale(0, RoundingMode.HALF_UP), 0);
  }

  /** An input amount as given: with cents only when it has some. */
  static String amount(Language l, String currency, double value) {
    BigDecimal exact = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    boolean whole = exact.stripTrailingZeros().scale() <= 0;
    return money(l, currency, exact, whole ? 0 : 2);
  }

  private static String money(Language l, String currency, BigDecimal amount, int decimals) {
    NumberFormat f = NumberFormat.getNumberInstance(locale(l));
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    f.setRoundingMode(RoundingMode.HALF_UP);
    String number = f.format(amount.abs());
    String sign = amount.signum() < 0 ? "-" : "";
    String symbol = symbol(l, currency);
    if (l == Language.FR) {
      return sign + number + NBSP + symbol;
    }
    // "€921,600" and "$921,600", but "CHF 921,600": a symbol of letters needs a space.
    return sign
        + symbol
        + (Character.isLetter(symbol.charAt(symbol.length() - 1)) ? " " : "")
        + number;
  }

  static String symbol(Language l, String currency) {
    return Currency.getInstance(currency).getSymbol(locale(l));
  }

  /** A number with up to {@code decimals} decimals: "2.5", "2,5", "1,200", "1 200". */
  static String decimal(Language l, double value, int decimals) {
    NumberFormat f = NumberFormat.getNumberInstance(locale(l));
    f.setMinimumFractionDigits(0);
    f.setMaximumFractionDigits(decimals);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(value);
  }

  /** "8%", "8,5 %". */
  static String percent(Language l, double ratio) {
    String n = decimal(l, ratio * 100, 2);
    return l == Language.FR ? n + NBSP + "%" : n + "%";
  }

  /** "4 full-time engineers", "1 year", "2,5 heures par semaine". */
  static String quantity(Language l, double value, Unit unit) {
    String n = decimal(l, value, 2);
    // French takes the singular below 2 ("1,5 heure"), English only for exactly 1.
    boolean one = l == Language.FR ? Math.abs(value) < 2 : value == 1;
    return n + NBSP + (one ? unit.one : unit.many).in(l);
  }

  /** An input's value with its unit, as the assumptions table shows it. */
  static String value(Language l, String currency, Field f, double value) {
    return switch (f.unit()) {
      case MONEY_PER_YEAR, MONEY_PER_MONTH, MONEY_PER_DAY, MONEY_PER_HOUR ->
          amount(l, currency, value) + " " + f.unit().one.in(l);
      case RATE -> percent(l, value);
      case MULTIPLIER -> "× " + decimal(l, value, 2);
      default -> quantity(l, value, f.unit());
    };
  }

  private static String roi(Language l, Scenario s) {
    return s.roi() == null
        ? w(l, "not defined (no cost)", "non défini (aucun coût)")
        : percent(l, s.roi().setScale(3, RoundingMode.HALF_UP).doubleValue());
  }

  private static String paybackShort(Language l, Scenario s) {
    return s.simplePaybackMonths() == null
        ? w(l, "none (no benefit)", "aucun (pas de gain)")
        : decimal(l, s.simplePaybackMonths().doubleValue(), 1) + NBSP + w(l, "months", "mois");
  }

  private static String breakEvenShort(Language l, Scenario s, BusinessCaseInputs in) {
    return s.breakEvenMonth() == null
        ? w(l, "not within %s", "pas atteint en %s")
            .formatted(quantity(l, in.horizonYears(), Unit.YEARS))
        : w(l, "month %d", "mois %d").formatted(s.breakEvenMonth());
  }

  private static String breakEvenSentence(Language l, Scenario s, BusinessCaseInputs in) {
    if (s.breakEvenMonth() == null) {
      return w(
              l,
              "cumulative benefits do not reach cumulative costs within %s",
              "les gains cumulés n'atteignent pas les coûts cumulés sur %s")
          .formatted(quantity(l, in.horizonYears(), Unit.YEARS));
    }
    return in.rampUpMonths() == 0
        ? w(
                l,
                "month by month, cumulative benefits reach cumulative costs in **month %d**",
                "mois par mois, les gains cumulés atteignent les coûts cumulés au **mois %d**")
            .formatted(s.breakEvenMonth())
        : w(
                l,
                "with the %s ramp-up and the costs spread month by month, cumulative benefits"
                    + " reach cumulative costs in **month %d**",
                "avec la montée en charge sur %s et les coûts répartis mois par mois, les gains"
                    + " cumulés atteignent les coûts cumulés au **mois %d**")
            .formatted(
                l == Language.FR
                    ? quantity(l, in.rampUpMonths(), Unit.MONTHS)
                    : in.rampUpMonths() + "-month",
                s.breakEvenMonth());
  }
}
