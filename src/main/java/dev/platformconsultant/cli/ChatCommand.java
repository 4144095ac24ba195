package dev.platformconsultant.cli;

import dev.platformconsultant.app.Services;
import dev.platformconsultant.consultant.Answer;
import dev.platformconsultant.model.Question;
import dev.platformconsultant.model.Turn;
import dev.platformconsultant.security.Redactor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "chat",
    mixinStandardHelpOptions = true,
    description = {
      "An interactive conversation that keeps the thread's context.",
      "Type a question and press Enter; /new starts a new thread, /exit (or Ctrl-D) leaves."
    })
final class ChatCommand implements Callable<Integer>, ConsultantCommand.ServicesAware {
  private final CliContext context;

  @Spec CommandSpec spec;

  ChatCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Services app = context.services().get();
    // A conversation lasts: edits to the knowledge directories are picked up while it runs.
    app.knowledge().watch();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
    out.printf(
        "Platform Consultant (%s, %d knowledge passages). /new for a new thread, /exit to leave.%n",
        app.consultant().usesLanguageModel()
            ? "LLM " + app.settings().llm().label()
            : "offline mode",
        app.knowledge().passageCount());
    if (!app.consultant().knowsTheTeam()) {
      err.println(AnswerPrinter.GENERIC);
    }
    List<Turn> history = new ArrayList<>();
    while (true) {
      out.print("\nyou> ");
      out.flush();
      String line = in.readLine();
      if (line == null || line.strip().equals("/exit") || line.strip().equals("/quit")) {
        out.println();
        out.flush();
        return 0;
      }
      if (line.strip().equals("/new")) {
        history.clear();
        out.println("(new thread)");
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      Redactor.Result redacted = app.redactor().redact(line);
      line = redacted.text();
      if (redacted.redacted()) {
        err.println("note: " + Redactor.notice(redacted));
      }
      out.print("\nconsultant> ");
      Answer answer =
          app.consultant()
              .answer(
                  new Question(line, history),
                  delta -> {
                    out.print(delta);
                    out.flush();
                  });
      out.println();
      AnswerPrinter.printSources(answer, out);
      out.flush();
      AnswerPrinter.printWarning(answer, err);
      err.flush();
      history.add(Turn.user(line));
      history.add(Turn.assistant(answer.markdown()));
    }
  }
}
