package dev.platformconsultant.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.platformconsultant.ScriptedLanguageModel;
import dev.platformconsultant.model.ModelJson.InvalidAnswerException;
import dev.platformconsultant.text.Language;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class StructuredAnswersTest {
  private static final StructuredAnswers.Wording WORDING =
      new StructuredAnswers.Wording("plan", "le plan", "offline plan", "le plan hors ligne");
  private static final Plan OFFLINE = new Plan("offline", Optional.empty());
  private static final String VALID = "{\"plan\": \"from the model\"}";

  /** A deliverable: one text, and the warning a fallback carries. */
  record Plan(String text, Optional<String> warning) {
    Plan withWarning(String w) {
      return new Plan(text, Optional.of(w));
    }
  }

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(StructuredAnswers.class);

  @BeforeEach
  void listen() {
    logs.start();
    logger.addAppender(logs);
  }

  @AfterEach
  void stopListening() {
    logger.detachAppender(logs);
  }

  private static Prompt prompt(Language language) {
    return new Prompt("system", List.of(), "make a plan", List.of(), language, 10, 0, 0, false);
  }

  private static Plan parse(String answer, Prompt asked) throws InvalidAnswerException {
    return new Plan(ModelJson.text(ModelJson.object(answer), "plan"), Optional.empty());
  }

  private static Plan ask(LanguageModel model, Language language) {
    return new StructuredAnswers<Plan>(Optional.of(model), WORDING, Plan::withWarning)
        .ask(() -> prompt(language), StructuredAnswersTest::parse, OFFLINE);
  }

  private List<ILoggingEvent> warnings() {
    return logs.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
  }

  @Test
  void aValidFirstAnswerIsReturnedAfterOneCall() {
    ScriptedLanguageModel model = new ScriptedLanguageModel(VALID);

    Plan plan = ask(model, Language.EN);

    assertEquals(new Plan("from the model", Optional.empty()), plan);
    assertEquals(1, model.asked().size());
    assertEquals(List.of(), warnings());
  }

  @Test
  void anInvalidAnswerIsAskedForAgainWithTheReason() {
    ScriptedLanguageModel model = new ScriptedLanguageModel("{\"summary\": \"no plan\"}", VALID);

    Plan plan = ask(model, Language.EN);

    assertEquals("from the model", plan.text());
    assertTrue(plan.warning().isEmpty());
    assertEquals(2, model.asked().size());
    Prompt retry = model.asked().get(1);
    assertTrue(retry.user().contains("\"plan\" is missing or empty"), retry.user());
    assertEquals(
        "{\"summary\": \"no plan\"}",
        retry.history().getLast().text(),
        "the model sees what it answered");
    assertEquals(List.of(), warnings());
  }

  @Test
  void anAnswerInvalidTwiceGivesTheFallbackLabelledWithTheReason() {
    ScriptedLanguageModel model = new ScriptedLanguageModel("not JSON", "{\"plan\": \"\"}");

    Plan plan = ask(model, Language.EN);

    assertEquals("offline", plan.text());
    assertEquals(
        "Fallback: the LLM's plan was invalid twice (\"plan\" is missing or empty);"
            + " this is the offline plan.",
        plan.warning().orElseThrow());
    assertEquals(2, model.asked().size());
    assertEquals(1, warnings().size(), "one log line per fallback");
    assertTrue(
        warnings().getFirst().getFormattedMessage().contains("\"plan\" is missing or empty"),
        warnings().getFirst().getFormattedMessage());
  }

  @Test
  void aFrenchPromptGetsAFrenchWarning() {
    ScriptedLanguageModel model = new ScriptedLanguageModel("not JSON", "not JSON either");

    Plan plan = ask(model, Language.FR);

    assertEquals(
        "Mode dégradé : le plan du LLM était invalide deux fois"
            + " (the answer holds no JSON object) ; voici le plan hors ligne.",
        plan.warning().orElseThrow());
  }

  @Test
  void aModelThatFailsGivesTheFallbackSayingItDidNotAnswer() {
    ScriptedLanguageModel model =
        new ScriptedLanguageModel(
            new LanguageModelException(
                LanguageModelException.Kind.TIMEOUT, "no answer in 60 s", "", null));

    Plan plan = ask(model, Language.EN);

    assertEquals(
        "Fallback: the LLM did not answer (no answer in 60 s); this is the offline plan.",
        plan.warning().orElseThrow());
    assertEquals(1, model.asked().size(), "a failed call is retried by the model, not here");
    assertEquals(1, warnings().size());
  }

  @Test
  void aModelThatFailsOnTheSecondAskAlsoSaysItDidNotAnswer() {
    ScriptedLanguageModel model =
        new ScriptedLanguageModel(
            "not JSON",
            new LanguageModelException(
                LanguageModelException.Kind.UNAVAILABLE, "the provider is unavailable", "", null));

    Plan plan = ask(model, Language.FR);

    assertEquals(
        "Mode dégradé : le LLM n'a pas répondu (the provider is unavailable) ;"
            + " voici le plan hors ligne.",
        plan.warning().orElseThrow());
  }

  @Test
  void withoutAModelTheFallbackIsReturnedUnlabelledAndNoPromptIsBuilt() {
    Plan plan =
        new StructuredAnswers<Plan>(Optional.empty(), WORDING, Plan::withWarning)
            .ask(
                () -> {
                  throw new AssertionError("no prompt is built offline");
                },
                (answer, asked) -> {
                  throw new AssertionError("nothing to parse offline");
                },
                OFFLINE);

    assertEquals(OFFLINE, plan);
    assertEquals(List.of(), warnings());
  }
}
