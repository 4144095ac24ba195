package dev.platformconsultant.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.platformconsultant.evaluation.EvalSet;
import dev.platformconsultant.evaluation.Scorecard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score the consultant on an evaluation set (the shipped one, or --set DIR): retrieval",
      "recall@5 and MRR by language, answers citing the sections that answer them, design",
      "reviews finding the planted problems without calling one a strength; with an LLM,",
      "whether its citations support its sentences, its language, and invented company facts.",
      "Prints figures; exit 0 whatever they are (read them, or use --json in CI)."
    })
final class EvalCommand implements Callable<Integer>, ConsultantCommand.ServicesAware {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(
      names = "--set",
      paramLabel = "DIR",
      description =
          "A directory laid out as the shipped set: retrieval/*.jsonl, answers.jsonl, designs/.")
  Path set;

  @Option(names = "--json", description = "Print the scorecard as JSON.")
  boolean json;

  @Option(names = "--misses", description = "List every miss, not only the figures.")
  boolean misses;

  EvalCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    EvalSet evalSet;
    try {
      evalSet = set == null ? EvalSet.shipped() : EvalSet.from(set);
    } catch (IllegalArgumentException e) {
      throw new ConsultantCommand.UsageProblem("--set: " + e.getMessage());
    }
    Scorecard card = context.services().get().evaluator().run(evalSet);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(card));
    } else {
      ScorecardPrinter.print(card, misses, out);
    }
    out.flush();
    return 0;
  }
}
