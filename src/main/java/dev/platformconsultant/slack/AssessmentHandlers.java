package dev.platformconsultant.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.view.View;
import dev.platformconsultant.assessment.Answer;
import dev.platformconsultant.assessment.Answers;
import dev.platformconsultant.assessment.Benchmarks;
import dev.platformconsultant.assessment.Question;
import dev.platformconsultant.assessment.Questionnaire;
import dev.platformconsultant.assessment.Section;
import dev.platformconsultant.assessment.Teams;
import dev.platformconsultant.text.Language;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assessment form: opened by {@code /consult assess}, the help's button or the assistant
 * pane's; paged, each page's choices checked before the next; a form closed half-filled is kept 24
 * hours and reopens where it was left. The last page's submission goes through the request pipeline
 * like any request, and the summary, charts and report are posted in a new thread.
 */
final class AssessmentHandlers {
  static final String OPEN = "assessment_open";
  private static final Logger log = LoggerFactory.getLogger(AssessmentHandlers.class);

  private final Questionnaire questionnaire;
  private final AssessmentModal modal;
  private final PendingAssessments pending;
  private final RequestPipeline pipeline;
  private final Conversations conversations;
  private final SlackApi api;
  private final ExecutorService executor;
  private final Clock clock;

  AssessmentHandlers(
      Questionnaire questionnaire,
      PendingAssessments pending,
      RequestPipeline pipeline,
      Conversations conversations,
      SlackApi api,
      ExecutorService executor,
      Clock clock) {
    this.questionnaire = questionnaire;
    this.modal = new AssessmentModal(questionnaire);
    this.pending = pending;
    this.pipeline = pipeline;
    this.conversations = conversations;
    this.api = api;
    this.executor = executor;
    this.clock = clock;
  }

  void register(App app) {
    app.viewSubmission(
        AssessmentModal.CALLBACK,
        (req, ctx) -> {
          var view = req.getPayload().getView();
          Optional<AssessmentModal.Metadata> where =
              AssessmentModal.Metadata.decode(view.getPrivateMetadata());
          if (where.isEmpty()) {
            log.warn("an assessment form without its metadata: {}", view.getPrivateMetadata());
            return ctx.ack();
          }
          String user = req.getPayload().getUser().getId();
          Submitted result =
              submitted(where.get(), user, modal.values(where.get().page(), view.getState()));
          if (!result.errors().isEmpty()) {
            return ctx.ackWithErrors(result.errors());
          }
          if (result.next().isPresent()) {
            View next = result.next().get();
            return ctx.ack(r -> r.responseAction("update").view(next));
          }
          return ctx.ack();
        });
    app.viewClosed(
        AssessmentModal.CALLBACK,
        (req, ctx) -> {
          var view = req.getPayload().getView();
          AssessmentModal.Metadata.decode(view.getPrivateMetadata())
              .ifPresent(
                  where -> {
                    String user = req.getPayload().getUser().getId();
                    Map<String, String> values = modal.values(where.page(), view.getState());
                    PendingAssessments.Draft draft =
                        pending
                            .get(user, where.channel())
                            .orElseGet(() -> fresh(where.language(), Map.of()))
                            .with(values, where.page());
                    pending.put(user, where.channel(), draft);
                    log.info("kept a half-filled assessment form (page {})", where.page() + 1);
                  });
          return ctx.ack();
        });
    app.blockAction(
        OPEN,
        (req, ctx) -> {
          var p = req.getPayload();
          String channel =
              p.getChannel() != null ? p.getChannel().getId() : p.getContainer().getChannelId();
          String value = p.getActions().getFirst().getValue();
          Optional<String> refused =
              pipeline.accessRefusal(Request.Entry.BUTTON, p.getUser().getId(), channel);
          if (refused.isPresent()) {
            api.postEphemeral(channel, p.getUser().getId(), null, SlackMessage.note(refused.get()));
            return ctx.ack();
          }
          try {
            open(
                p.getTriggerId(),
                p.getUser().getId(),
                channel,
                "fr".equals(value) ? Language.FR : Language.EN,
                Optional.empty(),
                false);
          } catch (SlackApiFailure e) {
            log.warn("the assessment form was not opened: {}", e.getMessage());
          }
          return ctx.ack();
        });
  }

  /**
   * Opens the form, resumed where it was left when a half-filled one is kept.
   *
   * @param team the team's name to start with; the channel's name when empty
   * @param restart forget a half-filled form and start over
   * @throws SlackApiFailure when Slack does not open it
   */
  void open(
      String triggerId,
      String user,
      String channel,
      Language language,
      Optional<String> team,
      boolean restart) {
    if (restart) {
      pending.remove(user, channel);
    }
    Optional<PendingAssessments.Draft> kept = pending.get(user, channel);
    PendingAssessments.Draft draft =
        kept.orElseGet(
            () -> {
              String name =
                  team.filter(t -> !t.isBlank()).or(() -> api.channelName(channel)).orElse("");
              return fresh(
                  language, name.isEmpty() ? Map.of() : Map.of(AssessmentModal.TEAM, name));
            });
    api.openView(
        triggerId,
        modal.page(
            new AssessmentModal.Metadata(channel, draft.page(), draft.language()),
            draft,
            kept.isPresent()));
  }

  /** What a page's submission leads to: errors on its fields, the next page, or the assessment. */
  record Submitted(Map<String, String> errors, Optional<View> next) {}

  Submitted submitted(AssessmentModal.Metadata where, String user, Map<String, String> values) {
    List<String> fields = modal.fields(where.page());
    Optional<String> refused = pipeline.accessRefusal(Request.Entry.FORM, user, where.channel());
    if (refused.isPresent()) {
      return new Submitted(Map.of(fields.getFirst(), refused.get()), Optional.empty());
    }
    Map<String, String> errors = errors(where, values);
    if (!errors.isEmpty()) {
      return new Submitted(errors, Optional.empty());
    }
    PendingAssessments.Draft draft =
        pending
            .get(user, where.channel())
            .orElseGet(() -> fresh(where.language(), Map.of()))
            .with(values, Math.min(where.page() + 1, AssessmentModal.PAGES - 1));
    if (where.page() < AssessmentModal.PAGES - 1) {
      pending.put(user, where.channel(), draft);
      return new Submitted(
          Map.of(),
          Optional.of(
              modal.page(
                  new AssessmentModal.Metadata(where.channel(), where.page() + 1, where.language()),
                  draft,
                  false)));
    }
    Answers answers;
    try {
      answers = answers(draft);
    } catch (MissingAnswer e) {
      // A form resumed across a change of questions: say which page to go back to.
      return new Submitted(Map.of(fields.getFirst(), e.getMessage()), Optional.empty());
    }
    Request request =
        new Request(Request.Entry.FORM, user, where.channel(), new Request.RunAssessment(answers));
    Optional<String> limited = pipeline.refusal(request);
    if (limited.isPresent()) {
      pending.put(user, where.channel(), draft);
      return new Submitted(Map.of(fields.getFirst(), limited.get()), Optional.empty());
    }
    pending.remove(user, where.channel());
    executor.submit(
        () -> {
          ThreadReply reply =
              conversations.openThread(
                  where.channel(),
                  user,
                  (where.language() == Language.FR
                          ? "<@%s> a lancé une évaluation de la plateforme de *%s*."
                          : "<@%s> ran a platform assessment of *%s*.")
                      .formatted(user, MrkdwnWriter.escape(answers.team())));
          conversations.submit(reply, () -> pipeline.perform(request, reply));
        });
    return new Submitted(Map.of(), Optional.empty());
  }

  /** A value under each field it does not fit, in the form's language. */
  private Map<String, String> errors(AssessmentModal.Metadata where, Map<String, String> values) {
    Language l = where.language();
    Map<String, String> errors = new LinkedHashMap<>();
    for (String field : modal.fields(where.page())) {
      String value = values.get(field);
      switch (field) {
        case AssessmentModal.TEAM -> {
          String problem = Teams.problem(value);
          if (problem != null) {
            errors.put(
                field,
                l == Language.FR
                    ? "Donnez le nom de l'équipe (1 à %d caractères, au moins une lettre ou un chiffre)."
                        .formatted(Teams.MAX_NAME)
                    : "Give the team's name (1 to %d characters, at least one letter or digit)."
                        .formatted(Teams.MAX_NAME));
          }
        }
        case AssessmentModal.INDUSTRY ->
            group(value, questionnaire.benchmarks().industries())
                .ifPresent(e -> errors.put(field, e));
        case AssessmentModal.SIZE ->
            group(value, questionnaire.benchmarks().organisationSizes())
                .ifPresent(e -> errors.put(field, e));
        default -> {
          Question q = questionnaire.question(field).orElseThrow();
          if (value == null) {
            if (q.section() != Section.CAPABILITIES) {
              errors.put(field, l == Language.FR ? "Choisissez une réponse." : "Choose an answer.");
            }
          } else if (q.numberOf(value).isEmpty()) {
            errors.put(
                field,
                (l == Language.FR
                        ? "« %s » n'est pas un choix de la liste."
                        : "'%s' is not one of the choices.")
                    .formatted(value.length() > 30 ? value.substring(0, 30) + "…" : value));
          }
        }
      }
    }
    return errors;
  }

  private static Optional<String> group(String value, List<Benchmarks.Group> groups) {
    if (value == null || groups.stream().anyMatch(g -> g.id().equals(value))) {
      return Optional.empty();
    }
    return Optional.of("'%s' is not one of the choices.".formatted(value));
  }

  private Answers answers(PendingAssessments.Draft draft) throws MissingAnswer {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Question q : questionnaire.questions()) {
      String id = draft.answers().get(q.id());
      Optional<Integer> n = id == null ? Optional.empty() : q.numberOf(id);
      if (n.isEmpty()) {
        if (q.section() != Section.CAPABILITIES) {
          throw new MissingAnswer(
              (draft.language() == Language.FR
                      ? "« %s » n'a pas de réponse : reprenez le formulaire depuis le début (/consult evaluer new)."
                      : "'%s' has no answer: start the form again (/consult assess new).")
                  .formatted(q.name(draft.language())));
        }
        continue;
      }
      answers.put(
          q.id(),
          q.kind() == Question.Kind.PERCENT
              ? Answer.value(q, Double.parseDouble(id.substring(1)), false)
              : Answer.reported(q.id(), n.get()));
    }
    return new Answers(
        draft.answers().getOrDefault(AssessmentModal.TEAM, ""),
        answers,
        Optional.ofNullable(draft.answers().get(AssessmentModal.INDUSTRY)),
        Optional.ofNullable(draft.answers().get(AssessmentModal.SIZE)),
        draft.language());
  }

  private PendingAssessments.Draft fresh(Language language, Map<String, String> answers) {
    return new PendingAssessments.Draft(language, answers, 0, clock.instant());
  }

  private static final class MissingAnswer extends Exception {
    MissingAnswer(String message) {
      super(message);
    }
  }
}
