package dev.platformconsultant.consultant;

import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One offline answer being written from its {@link AnswerPlan}: the parts in a consultant's order
 * (recommendation, steps, targets, a second opinion), each citing its section, numbered as first
 * cited. Not thread-safe: one per answer.
 */
final class AnswerComposition {
  static final int MAX_ITEMS = 5;
  static final int MAX_FIGURES = 3;
  static final int MAX_SOURCES = 3;

  private final AnswerPlan plan;
  private final Language language;
  private final Frame frame;
  private final AnswerPlan.Reader reader;
  private final StringBuilder out = new StringBuilder();
  private final List<SourceRef> sources = new ArrayList<>();

  AnswerComposition(AnswerPlan plan, Language language, Frame frame, AnswerPlan.Reader reader) {
    this.plan = plan;
    this.language = language;
    this.frame = frame;
    this.reader = reader;
  }

  OfflineAnswerWriter.Written write(String label) {
    out.append(label).append("\n\n");
    AnswerPlan.Opening opening = plan.opening();
    // "Which numbers should we track?" is answered by the numbers; an overview before them is not.
    boolean skipOpening =
        plan.intent() == Intent.MEASURE && !opening.advice() && plan.list().isPresent();
    if (!skipOpening && !opening.sentences().isEmpty()) {
      paragraph(
          opening.advice() ? frame.recommendation() : frame.inShort(),
          String.join(" ", opening.sentences()),
          opening.source());
    }
    plan.list().ifPresent(list -> list(list, opening.sentences()));
    plan.figures().filter(f -> sources.size() < MAX_SOURCES).ifPresent(this::figures);
    plan.related()
        .filter(r -> sources.size() < MAX_SOURCES)
        .ifPresent(r -> paragraph(frame.related(), related(r), r));
    out.append(frame.footer());
    return new OfflineAnswerWriter.Written(out.toString().strip(), List.copyOf(sources));
  }

  private void list(AnswerPlan.Choice choice, List<String> shown) {
    SectionText text = choice.text();
    boolean introduced =
        !text.intro().isEmpty() && text.lists() == 1 && !shown.contains(text.intro());
    List<String> rest = text.items().stream().filter(i -> !shown.contains(i)).toList();
    List<String> items = rest.stream().limit(MAX_ITEMS).toList();
    if (items.isEmpty()) {
      return;
    }
    // The steps of a way out are "first steps"; any other list is named by its own heading
    // ("Stages", "Checklist"), or by the sentence that introduces it.
    String title =
        introduced
            ? text.intro()
            : choice.roles().contains("steps") && text.numbered()
                ? frame.firstSteps()
                : lastHeading(choice);
    out.append("**").append(title).append("** ").append(cite(choice)).append("\n\n");
    for (int i = 0; i < items.size(); i++) {
      out.append(text.numbered() ? (i + 1) + ". " : "- ")
          .append(SectionText.shortened(items.get(i)))
          .append('\n');
    }
    if (rest.size() > items.size()) {
      out.append(frame.more(rest.size() - items.size(), number(choice))).append('\n');
    }
    out.append('\n');
  }

  private void figures(AnswerPlan.Choice choice) {
    SectionText text = choice.text();
    Language written = writtenIn(choice);
    List<String> lines =
        Stream.concat(text.items().stream(), text.sentences().stream())
            .filter(line -> reader.figure(line, written))
            .limit(MAX_FIGURES)
            .toList();
    if (lines.isEmpty()) {
      return;
    }
    out.append("**").append(frame.figures()).append("** ").append(cite(choice)).append("\n\n");
    lines.forEach(l -> out.append("- ").append(SectionText.shortened(l)).append('\n'));
    out.append('\n');
  }

  /** Where the other document speaks to the question, and what it says first there. */
  private String related(AnswerPlan.Choice choice) {
    SectionText text = choice.text();
    Language written = writtenIn(choice);
    String line =
        text.sentences().stream()
            .filter(AnswerPlan::standalone)
            .filter(s -> reader.instruction(s, written))
            .findFirst()
            .or(() -> text.sentences().stream().filter(AnswerPlan::standalone).findFirst())
            .or(() -> text.items().stream().findFirst())
            .orElse("");
    String where = "_" + choice.shown().title() + " › " + heading(choice) + "_";
    return line.isEmpty() ? where : where + " — " + SectionText.shortened(line);
  }

  private void paragraph(String title, String text, AnswerPlan.Choice choice) {
    out.append("**").append(title).append("** ").append(text).append(' ').append(cite(choice));
    out.append("\n\n");
  }

  /** The choice's citation, numbered if new; says when its text is not in the answer's language. */
  private String cite(AnswerPlan.Choice choice) {
    boolean english = language != Language.EN && !choice.translated(language);
    return "[" + number(choice) + "]" + (english ? " " + frame.inEnglish() : "");
  }

  private int number(AnswerPlan.Choice choice) {
    for (SourceRef s : sources) {
      if (s.id().equals(choice.passage().id())) {
        return s.number();
      }
    }
    Passage shown = choice.shown();
    SourceRef ref =
        new SourceRef(sources.size() + 1, shown.id(), shown.title(), shown.path(), heading(choice));
    sources.add(ref);
    return ref.number();
  }

  private String heading(AnswerPlan.Choice choice) {
    String heading = choice.shown().heading();
    return heading.equals("Overview") ? frame.overview() : heading;
  }

  private String lastHeading(AnswerPlan.Choice choice) {
    String heading = heading(choice);
    int parent = heading.lastIndexOf(" > ");
    return parent < 0 ? heading : heading.substring(parent + 3);
  }

  private Language writtenIn(AnswerPlan.Choice choice) {
    return choice.translated(language) ? language : Language.EN;
  }
}
