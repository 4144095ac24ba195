package dev.platformconsultant.businesscase;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platformconsultant.businesscase.BusinessCase.Scenario;
import dev.platformconsultant.businesscase.BusinessCaseInputs.Field;
import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.model.Fence;
import dev.platformconsultant.model.Figures;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.ModelJson;
import dev.platformconsultant.model.ModelJson.InvalidAnswerException;
import dev.platformconsultant.model.PromptBuilder;
import dev.platformconsultant.model.Question;
import dev.platformconsultant.model.StructuredAnswers;
import dev.platformconsultant.model.Task;
import dev.platformconsultant.text.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * With an LLM, a few sentences for the sponsor on top of the computed business case: what it says,
 * what it rests on, what would change it. The model gets the figures and may use no other: every
 * number it writes must be one of them (or a small count such as "three scenarios"), else its
 * answer is asked for once more and then dropped, with the reason. Without an LLM there is nothing
 * to add: the report's own summary is written from the figures. Thread-safe.
 */
public final class BusinessCaseNarrator {
  private static final StructuredAnswers.Wording WORDING =
      new StructuredAnswers.Wording(
          "business case summary",
          "la synthèse de l'étude",
          "business case without its LLM summary",
          "l'étude sans sa synthèse par le LLM");

  /**
   * The sponsor's summary.
   *
   * @param mode {@code llm}, or {@code offline} when there is none
   * @param keyAssumptions the inputs (keys of the inputs file) the case rests on most
   * @param warning why the LLM's summary was dropped, or null
   */
  public record Narrative(String text, String mode, List<String> keyAssumptions, String warning) {
    public Narrative {
      keyAssumptions = List.copyOf(keyAssumptions);
    }

    static Narrative none() {
      return new Narrative("", "offline", List.of(), null);
    }
  }

  private final KnowledgeBase knowledge;
  private final PromptBuilder prompts;
  private final StructuredAnswers<Narrative> answers;

  public BusinessCaseNarrator(
      KnowledgeBase knowledge, PromptBuilder prompts, Optional<LanguageModel> model) {
    this.knowledge = knowledge;
    this.prompts = prompts;
    this.answers =
        new StructuredAnswers<>(
            model, WORDING, (none, warning) -> new Narrative("", "offline", List.of(), warning));
  }

  public Narrative narrate(BusinessCase bc) {
    Language l = bc.inputs().language();
    List<Double> figures = figures(bc);
    return answers.ask(
        () -> {
          List<Passage> passages = new ArrayList<>(knowledge.passagesOf("roi-business-case"));
          return prompts.build(
              Task.BUSINESS_CASE.id(),
              Question.of(Fence.wrap("business-case", facts(bc))),
              passages,
              l);
        },
        (answer, asked) -> parse(answer, figures),
        Narrative.none());
  }

  /** The computed case as the model reads it: every figure it may quote. */
  static String facts(BusinessCase bc) {
    BusinessCaseInputs in = bc.inputs();
    StringBuilder f = new StringBuilder();
    f.append("organisation: ").append(in.organisation()).append('\n');
    f.append("currency: ").append(in.currency()).append('\n');
    for (Field field : Field.values()) {
      f.append("input ")
          .append(field.key())
          .append(": ")
          .append(plain(in.value(field)))
          .append('\n');
    }
    BusinessCase.Basis b = bc.basis();
    f.append("run cost per year: ").append(plain(b.runCostPerYear())).append('\n');
    f.append("first-year cost: ").append(plain(b.firstYearCost())).append('\n');
    f.append("benefits per year at full adoption: ")
        .append(plain(b.benefitsPerYear()))
        .append('\n');
    for (Scenario s : bc.scenarios()) {
      f.append("scenario ")
          .append(s.kind().name().toLowerCase(java.util.Locale.ROOT))
          .append(": multiplier ")
          .append(plain(s.multiplier()))
          .append(", simple payback months ")
          .append(s.simplePaybackMonths() == null ? "none" : plain(s.simplePaybackMonths()))
          .append(", break-even month ")
          .append(s.breakEvenMonth() == null ? "none within the horizon" : s.breakEvenMonth())
          .append(", total costs ")
          .append(plain(s.totalCosts()))
          .append(", total benefits ")
          .append(plain(s.totalBenefits()))
          .append(", NPV ")
          .append(plain(s.npv()))
          .append(", ROI percent ")
          .append(s.roi() == null ? "none" : plain(s.roi().movePointRight(2)))
          .append('\n');
    }
    return f.toString();
  }

  private static Narrative parse(String answer, List<Double> figures)
      throws InvalidAnswerException {
    JsonNode root = ModelJson.object(answer);
    String summary = ModelJson.text(root, "summary");
    List<String> caveats = ModelJson.strings(root, "caveats");
    List<String> keys = ModelJson.strings(root, "key_assumptions");
    for (String key : keys) {
      if (Field.byKey(key) == null) {
        throw new InvalidAnswerException(
            "key_assumptions names \"%s\", which is not an input of the case".formatted(key));
      }
    }
    checkFigures(summary, figures);
    for (String caveat : caveats) {
      checkFigures(caveat, figures);
    }
    StringBuilder text = new StringBuilder(summary.strip());
    for (String caveat : caveats) {
      text.append("\n\n- ").append(caveat.strip());
    }
    return new Narrative(text.toString(), "llm", keys, null);
  }

  /** Refuses a number that is none of the case's figures: the model may not invent one. */
  static void checkFigures(String text, List<Double> figures) throws InvalidAnswerException {
    Figures.check(text, figures, "business case");
  }

  /** Every figure of the case, as numbers: the inputs, the basis, each scenario's results. */
  static List<Double> figures(BusinessCase bc) {
    List<Double> all = new ArrayList<>();
    BusinessCaseInputs in = bc.inputs();
    for (Field f : Field.values()) {
      all.add(in.value(f));
    }
    all.add(in.discountRate() * 100);
    BusinessCase.Basis b = bc.basis();
    for (BigDecimal d :
        List.of(
            b.peoplePerYear(),
            b.toolingPerYear(),
            b.platformCloudPerYear(),
            b.runCostPerYear(),
            b.migration(),
            b.firstYearCost(),
            b.timeSavedPerYear(),
            b.incidentsAvoidedPerYear(),
            b.cloudSavingsPerYear(),
            b.benefitsPerYear(),
            b.benefitsPerMonth())) {
      all.add(d.doubleValue());
    }
    for (Scenario s : bc.scenarios()) {
      all.add(s.multiplier());
      all.add(s.benefitsPerYear().doubleValue());
      all.add(s.totalCosts().doubleValue());
      all.add(s.totalBenefits().doubleValue());
      all.add(s.net().doubleValue());
      all.add(s.npv().doubleValue());
      all.add(Math.abs(s.npv().doubleValue()));
      all.add(Math.abs(s.net().doubleValue()));
      if (s.simplePaybackMonths() != null) {
        all.add(s.simplePaybackMonths().doubleValue());
      }
      if (s.breakEvenMonth() != null) {
        all.add((double) s.breakEvenMonth());
      }
      if (s.roi() != null) {
        all.add(s.roi().doubleValue() * 100);
        all.add(Math.abs(s.roi().doubleValue() * 100));
      }
      s.years()
          .forEach(
              y -> {
                all.add(y.costs().doubleValue());
                all.add(y.benefits().doubleValue());
                all.add(y.net().doubleValue());
              });
    }
    all.add((double) in.horizonYears());
    all.add(in.horizonYears() * 12.0);
    return all;
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
