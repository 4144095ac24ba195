package dev.platformconsultant.consultant;

import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.model.AnswerListener;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.LanguageModelException;
import dev.platformconsultant.model.Mode;
import dev.platformconsultant.model.Prompt;
import dev.platformconsultant.model.PromptBuilder;
import dev.platformconsultant.model.Question;
import dev.platformconsultant.model.Task;
import dev.platformconsultant.model.TokenUsage;
import dev.platformconsultant.model.Turn;
import dev.platformconsultant.text.Language;
import dev.platformconsultant.text.LanguageDetector;
import dev.platformconsultant.text.TokenCounter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consultant: turns a question into a grounded, cited answer. Retrieves passages, builds the
 * prompt, asks the LLM when one is configured, and otherwise (or when it fails before saying
 * anything) answers from the knowledge base alone, labelled as such. Knows nothing of Slack or the
 * terminal. Thread-safe: one instance serves every conversation.
 */
public final class Consultant {
  private static final Logger log = LoggerFactory.getLogger(Consultant.class);
  static final int PASSAGES_PER_QUESTION = 8;

  /**
   * A follow-up shorter than this ("and for staging?") is searched together with the previous turn.
   */
  private static final int SHORT_QUESTION_WORDS = 8;

  private final KnowledgeBase knowledge;
  private final PromptBuilder prompts;
  private final Optional<LanguageModel> model;
  private final OfflineAnswerWriter offline;
  private final LanguageDetector languages;
  private final TokenCounter tokens;
  private final Clock clock;

  public Consultant(
      KnowledgeBase knowledge,
      PromptBuilder prompts,
      Optional<LanguageModel> model,
      OfflineAnswerWriter offline,
      LanguageDetector languages,
      TokenCounter tokens,
      Clock clock) {
    this.knowledge = knowledge;
    this.prompts = prompts;
    this.model = model;
    this.offline = offline;
    this.languages = languages;
    this.tokens = tokens;
    this.clock = clock;
  }

  public Answer answer(Question question) {
    return respond(Task.ANSWER, question, AnswerListener.IGNORE, false);
  }

  /** The same consultant grounded in another team's context (a channel's own), for one request. */
  public Consultant withContext(String projectContext) {
    return new Consultant(
        knowledge, prompts.withContext(projectContext), model, offline, languages, tokens, clock);
  }

  /**
   * Performs {@code task} on {@code question}, handing the text to {@code listener} as it comes.
   */
  public Answer perform(Task task, Question question, AnswerListener listener) {
    return respond(task, question, listener, true);
  }

  /** Like {@link #answer(Question)}, handing the text to {@code listener} as it is produced. */
  public Answer answer(Question question, AnswerListener listener) {
    return respond(Task.ANSWER, question, listener, true);
  }

  /**
   * Whether the consultant knows the team: a project context is configured. Without one its advice
   * is generic, and the adapters say so once.
   */
  public boolean knowsTheTeam() {
    return prompts.hasProjectContext();
  }

  public boolean usesLanguageModel() {
    return model.isPresent();
  }

  public KnowledgeBase knowledge() {
    return knowledge;
  }

  private Answer respond(Task task, Question question, AnswerListener listener, boolean stream) {
    Instant start = clock.instant();
    Language language = languages.detect(question.text());
    List<Passage> passages = knowledge.search(searchText(question), PASSAGES_PER_QUESTION);
    if (model.isEmpty()) {
      return offlineAnswer(
          question, passages, language, OfflineAnswerWriter.Reason.NO_LLM, null, listener, start);
    }
    Prompt prompt = prompts.build(task.id(), question, passages, language);
    Optional<String> inputWarning = inputWarning(prompt, language);
    try {
      LanguageModel.Completion completion =
          stream ? model.get().stream(prompt, listener) : model.get().complete(prompt);
      String text = completion.text().strip();
      if (text.isEmpty()) {
        throw new LanguageModelException(
            LanguageModelException.Kind.MALFORMED, "the model returned an empty answer", "", null);
      }
      return new Answer(
          text,
          Citations.cited(text, prompt.passages()),
          Mode.LLM,
          language,
          usage(completion, prompt),
          Duration.between(start, clock.instant()),
          inputWarning,
          false);
    } catch (LanguageModelException e) {
      log.warn("LLM {} failed ({}): {}", model.get().label(), e.kind(), e.getMessage());
      if (!e.partialText().isBlank()) {
        return interrupted(e, prompt, language, listener, start);
      }
      return offlineAnswer(
          question,
          passages,
          language,
          OfflineAnswerWriter.Reason.LLM_FAILED,
          e.getMessage(),
          listener,
          start);
    }
  }

  /**
   * A stream that broke off mid-answer: keep what the user has already seen and say it is
   * incomplete.
   */
  private Answer interrupted(
      LanguageModelException e,
      Prompt prompt,
      Language language,
      AnswerListener listener,
      Instant start) {
    String note =
        language == Language.FR
            ? "\n\n_(Réponse interrompue : %s. Reposez la question pour une réponse complète.)_"
                .formatted(e.getMessage())
            : "\n\n_(Answer interrupted: %s. Ask again for a complete answer.)_"
                .formatted(e.getMessage());
    listener.onPartial(note);
    String text = e.partialText() + note;
    return new Answer(
        text,
        Citations.cited(text, prompt.passages()),
        Mode.LLM,
        language,
        new TokenUsage(prompt.inputTokens(), tokens.count(e.partialText())),
        Duration.between(start, clock.instant()),
        Optional.of("the answer was interrupted: " + e.getMessage()),
        true);
  }

  private Answer offlineAnswer(
      Question question,
      List<Passage> passages,
      Language language,
      OfflineAnswerWriter.Reason reason,
      String failure,
      AnswerListener listener,
      Instant start) {
    OfflineAnswerWriter.Written written =
        offline.write(question.text(), passages, language, reason, failure);
    listener.onPartial(written.markdown());
    Optional<String> warning =
        reason == OfflineAnswerWriter.Reason.LLM_FAILED
            ? Optional.of("LLM unavailable (" + failure + "); answered from the knowledge base")
            : Optional.empty();
    return new Answer(
        written.markdown(),
        written.sources(),
        Mode.OFFLINE,
        language,
        TokenUsage.NONE,
        Duration.between(start, clock.instant()),
        warning,
        reason == OfflineAnswerWriter.Reason.LLM_FAILED);
  }

  private Optional<String> inputWarning(Prompt prompt, Language language) {
    if (!prompt.questionTruncated()) {
      return Optional.empty();
    }
    return Optional.of(
        language == Language.FR
            ? "votre message était trop long : seul son début a été lu"
            : "your message was too long: only its beginning was read");
  }

  private TokenUsage usage(LanguageModel.Completion completion, Prompt prompt) {
    int in = completion.inputTokens() >= 0 ? completion.inputTokens() : prompt.inputTokens();
    int out =
        completion.outputTokens() >= 0
            ? completion.outputTokens()
            : tokens.count(completion.text());
    return new TokenUsage(in, out);
  }

  private static String searchText(Question question) {
    String text = question.text();
    if (text.split("\\s+").length >= SHORT_QUESTION_WORDS) {
      return text;
    }
    return question.history().reversed().stream()
        .filter(turn -> turn.role() == Turn.Role.USER)
        .findFirst()
        .map(previous -> previous.text() + "\n" + text)
        .orElse(text);
  }
}
