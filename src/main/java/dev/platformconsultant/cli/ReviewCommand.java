package dev.platformconsultant.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.platformconsultant.review.Review;
import dev.platformconsultant.review.ReviewMarkdown;
import dev.platformconsultant.security.Redactor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "Review a design (Markdown or text) against the design-review checklist: summary, strengths,",
      "findings by severity with evidence, recommendation and source, questions, priorities."
    })
final class ReviewCommand implements Callable<Integer>, ConsultantCommand.ServicesAware {
  static final long MAX_BYTES = 1_000_000;
  private final CliContext context;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description = "The design file, or - to read it from standard input.")
  String file;

  @Option(names = "--json", description = "Print the review record as JSON.")
  boolean json;

  ReviewCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    String design = read();
    if (design.isBlank()) {
      throw new ConsultantCommand.UsageProblem("the design is empty");
    }
    Redactor.Result redacted = context.services().get().redactor().redact(design);
    Review review = context.services().get().reviewer().review(redacted.text());
    if (redacted.redacted()) {
      spec.commandLine().getErr().println("note: " + Redactor.notice(redacted));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(Json.review(review)));
    } else {
      out.println(ReviewMarkdown.render(review));
    }
    out.flush();
    review.warning().ifPresent(w -> spec.commandLine().getErr().println("warning: " + w));
    return review.warning().isPresent() ? 1 : 0;
  }

  private String read() throws IOException {
    byte[] bytes;
    if (file.equals("-")) {
      bytes = context.in().readNBytes((int) MAX_BYTES + 1);
    } else {
      Path path = Path.of(file);
      try {
        if (Files.size(path) > MAX_BYTES) {
          throw new ConsultantCommand.UsageProblem(
              file + " is larger than 1 MB; review a design document, not an archive");
        }
        bytes = Files.readAllBytes(path);
      } catch (NoSuchFileException e) {
        throw new ConsultantCommand.UsageProblem("no such file: " + file);
      }
    }
    if (bytes.length > MAX_BYTES) {
      throw new ConsultantCommand.UsageProblem("the design is larger than 1 MB");
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new ConsultantCommand.UsageProblem(
            file + " is a binary file; give a Markdown or text design");
      }
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
