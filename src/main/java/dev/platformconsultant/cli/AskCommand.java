package dev.platformconsultant.cli;

import dev.platformconsultant.app.Services;
import dev.platformconsultant.consultant.Answer;
import dev.platformconsultant.model.AnswerListener;
import dev.platformconsultant.model.Question;
import dev.platformconsultant.security.Redactor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description = {
      "Ask the consultant one question; prints the answer (Markdown) and its sources.",
      "Exit code 1 when an LLM is configured but failed (the knowledge-base answer is still printed)."
    })
final class AskCommand implements Callable<Integer>, ConsultantCommand.ServicesAware {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "QUESTION",
      description = "The question (quote it), or - to read it from standard input.")
  String[] words;

  @Option(names = "--json", description = "Print {answer, sources, mode, language} as JSON.")
  boolean json;

  AskCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    String text =
        words.length == 1 && words[0].equals("-")
            ? new String(context.in().readAllBytes(), StandardCharsets.UTF_8)
            : String.join(" ", words);
    if (text.isBlank()) {
      throw new ConsultantCommand.UsageProblem(
          "the question is empty; try: consultant ask \"How should we define SLOs?\"");
    }
    Services app = context.services().get();
    Redactor.Result redacted = app.redactor().redact(text);
    text = redacted.text();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Answer answer;
    if (json) {
      answer = app.consultant().answer(Question.of(text));
      out.println(Json.answer(answer));
    } else {
      AnswerListener live =
          delta -> {
            out.print(delta);
            out.flush();
          };
      answer = app.consultant().answer(Question.of(text), live);
      out.println();
      AnswerPrinter.printSources(answer, out);
    }
    out.flush();
    if (redacted.redacted()) {
      err.println("note: " + Redactor.notice(redacted));
    }
    app.usage()
        .record(
            "cli", "answer", answer.mode().id(), answer.tokens().input(), answer.tokens().output());
    AnswerPrinter.printWarning(answer, err);
    if (!app.consultant().knowsTheTeam()) {
      err.println(AnswerPrinter.GENERIC);
    }
    err.flush();
    return answer.degraded() ? 1 : 0;
  }
}
