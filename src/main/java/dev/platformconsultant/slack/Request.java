package dev.platformconsultant.slack;

import dev.platformconsultant.adr.AdrRequest;
import dev.platformconsultant.assessment.Answers;
import dev.platformconsultant.audit.AuditInputs;
import dev.platformconsultant.businesscase.BusinessCaseInputs;
import dev.platformconsultant.model.Question;
import dev.platformconsultant.model.Task;
import dev.platformconsultant.model.Turn;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a person asked of the bot, whatever the entry it came by: who, where, and the work. Every
 * entry builds one and hands it to the {@link RequestPipeline}.
 */
record Request(Entry entry, String user, String channel, Work work) {

  /** How the request reached the bot (a tag on the logs and the entry metric). */
  enum Entry {
    MENTION,
    DIRECT_MESSAGE,
    ASSISTANT_PANE,
    SLASH_COMMAND,
    SHORTCUT,
    FORM,
    BUTTON;

    String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The work asked for. */
  sealed interface Work
      permits Ask,
          ReviewDesign,
          DraftAdr,
          RunAssessment,
          WriteAudit,
          DrawRoadmap,
          MakeBusinessCase {
    Task task();

    /** The characters a person sent (what the input size limit counts). */
    int chars();

    /** The same work with every text passed through {@code f} (redaction). */
    Work mapText(UnaryOperator<String> f);
  }

  /** A question, with the thread so far. */
  record Ask(Question question) implements Work {
    @Override
    public Task task() {
      return Task.ANSWER;
    }

    @Override
    public int chars() {
      return question.text().length();
    }

    @Override
    public Ask mapText(UnaryOperator<String> f) {
      return new Ask(
          new Question(
              f.apply(question.text()),
              question.history().stream()
                  .map(t -> new Turn(t.role(), f.apply(t.text())))
                  .toList()));
    }
  }

  /** A design to review. */
  record ReviewDesign(String design) implements Work {
    @Override
    public Task task() {
      return Task.REVIEW;
    }

    @Override
    public int chars() {
      return design.length();
    }

    @Override
    public ReviewDesign mapText(UnaryOperator<String> f) {
      return new ReviewDesign(f.apply(design));
    }
  }

  /** An ADR to draft. */
  record DraftAdr(AdrRequest request) implements Work {
    @Override
    public Task task() {
      return Task.ADR;
    }

    @Override
    public int chars() {
      return request.title().length()
          + length(request.context())
          + length(request.options())
          + length(request.drivers())
          + length(request.decision())
          + length(request.material());
    }

    @Override
    public DraftAdr mapText(UnaryOperator<String> f) {
      return new DraftAdr(request.mapText(f));
    }

    private static int length(Optional<String> text) {
      return text.map(String::length).orElse(0);
    }
  }

  /** A filled-in assessment form to score, chart and save. */
  record RunAssessment(Answers answers) implements Work {
    @Override
    public Task task() {
      return Task.ASSESSMENT;
    }

    /** The team's name is the only free text of the form. */
    @Override
    public int chars() {
      return answers.team().length();
    }

    @Override
    public RunAssessment mapText(UnaryOperator<String> f) {
      return new RunAssessment(
          new Answers(
              f.apply(answers.team()),
              answers.byQuestion(),
              answers.industry(),
              answers.organisationSize(),
              answers.language()));
    }
  }

  /**
   * An audit of a team, from its latest assessment and the designs reviewed in the channel.
   *
   * @param designs the designs (already redacted when they were reviewed), named for the reader
   * @param notes what else to read: the thread the audit was asked in
   */
  record WriteAudit(
      String team, List<AuditInputs.Named<String>> designs, List<AuditInputs.Named<String>> notes)
      implements Work {
    public WriteAudit {
      designs = List.copyOf(designs);
      notes = List.copyOf(notes);
    }

    @Override
    public Task task() {
      return Task.AUDIT;
    }

    @Override
    public int chars() {
      return team.length() + notes.stream().mapToInt(n -> n.value().length()).sum();
    }

    @Override
    public WriteAudit mapText(UnaryOperator<String> f) {
      return new WriteAudit(
          f.apply(team),
          designs.stream().map(d -> new AuditInputs.Named<>(d.name(), f.apply(d.value()))).toList(),
          notes.stream().map(n -> new AuditInputs.Named<>(n.name(), f.apply(n.value()))).toList());
    }
  }

  /** The roadmap of a saved audit. */
  record DrawRoadmap(String auditId) implements Work {
    @Override
    public Task task() {
      return Task.ROADMAP;
    }

    @Override
    public int chars() {
      return 0;
    }

    @Override
    public DrawRoadmap mapText(UnaryOperator<String> f) {
      return this;
    }
  }

  /** A business case from the form's checked inputs. */
  record MakeBusinessCase(BusinessCaseInputs inputs) implements Work {
    @Override
    public Task task() {
      return Task.BUSINESS_CASE;
    }

    /** The organisation's name is the only free text of the form. */
    @Override
    public int chars() {
      return inputs.organisation().length();
    }

    @Override
    public MakeBusinessCase mapText(UnaryOperator<String> f) {
      return this;
    }
  }
}
