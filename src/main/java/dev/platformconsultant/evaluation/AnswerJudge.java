package dev.platformconsultant.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.LanguageModelException;
import dev.platformconsultant.model.ModelJson;
import dev.platformconsultant.model.Prompt;
import dev.platformconsultant.text.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The model as a judge of its own answers, with fixed prompts shipped in the jar (not the team's
 * prompts directory, so that scores stay comparable from one run to the next): does a passage
 * support the sentence that cites it, and which statements about the company does the project
 * context not give. A judge that cannot be read is reported, never guessed. Thread-safe.
 */
final class AnswerJudge {
  private final LanguageModel model;
  private final String citationPrompt = resource("/judge/citation.md");
  private final String companyFactsPrompt = resource("/judge/company-facts.md");

  AnswerJudge(LanguageModel model) {
    this.model = model;
  }

  /** Whether {@code passage} supports {@code sentence}; empty when the judge gave no verdict. */
  Optional<Boolean> supports(String passage, String sentence) {
    return verdict(
            citationPrompt,
            "<passage>\n" + passage + "\n</passage>\n\n<sentence>\n" + sentence + "\n</sentence>")
        .map(v -> v.path("supported").asBoolean(false));
  }

  /**
   * The answer's statements about the company that {@code projectContext} does not give; empty when
   * the judge gave no verdict.
   */
  Optional<List<String>> unsupportedCompanyFacts(String projectContext, String answer) {
    return verdict(
            companyFactsPrompt,
            "<project_context>\n"
                + projectContext
                + "\n</project_context>\n\n<answer>\n"
                + answer
                + "\n</answer>")
        .map(
            v -> {
              List<String> facts = new ArrayList<>();
              v.path("unsupported").forEach(f -> facts.add(f.asText()));
              return facts;
            });
  }

  private Optional<JsonNode> verdict(String system, String user) {
    Prompt prompt = new Prompt(system, List.of(), user, List.of(), Language.EN, 0, 0, 0, false);
    try {
      return Optional.of(ModelJson.object(model.complete(prompt).text()));
    } catch (LanguageModelException | ModelJson.InvalidAnswerException e) {
      return Optional.empty();
    }
  }

  private static String resource(String name) {
    try (InputStream in = AnswerJudge.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
