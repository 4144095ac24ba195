package dev.platformconsultant.cli;

import dev.platformconsultant.knowledge.Passage;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search the knowledge base; prints the ranked passages.")
final class SearchCommand implements Callable<Integer>, ConsultantCommand.ServicesAware {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "QUERY",
      description = "What to look for, in French or English.")
  String[] words;

  @Option(
      names = "--top",
      defaultValue = "5",
      description = "How many passages (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--json",
      description = "Print [{id, title, path, heading, score, text}] as JSON.")
  boolean json;

  SearchCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String query = String.join(" ", words);
    if (query.isBlank()) {
      throw new ConsultantCommand.UsageProblem("the query is empty");
    }
    if (top < 1 || top > 100) {
      throw new ConsultantCommand.UsageProblem("--top must be between 1 and 100, not " + top);
    }
    List<Passage> passages = context.services().get().knowledge().search(query, top);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.passages(passages));
    } else if (passages.isEmpty()) {
      out.println("No passage matches.");
    } else {
      for (int i = 0; i < passages.size(); i++) {
        Passage p = passages.get(i);
        out.printf(
            "%d. %s > %s  [%s]  score %.3f%n", i + 1, p.title(), p.heading(), p.id(), p.score());
        String firstLine = p.text().lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        out.printf(
            "   %s%n", firstLine.length() > 160 ? firstLine.substring(0, 157) + "..." : firstLine);
      }
    }
    out.flush();
    return 0;
  }
}
