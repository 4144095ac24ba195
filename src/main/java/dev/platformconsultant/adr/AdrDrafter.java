package dev.platformconsultant.adr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.model.Fence;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.Mode;
import dev.platformconsultant.model.ModelJson;
import dev.platformconsultant.model.PromptBuilder;
import dev.platformconsultant.model.Question;
import dev.platformconsultant.model.StructuredAnswers;
import dev.platformconsultant.model.Task;
import dev.platformconsultant.text.Language;
import dev.platformconsultant.text.LanguageDetector;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts ADRs. The request's notes or thread are read first ({@link NotesReader}) for the options
 * and arguments, which choose the knowledge-base passages worth citing ({@link DecisionSources}).
 * With an LLM: a JSON draft (task-adr.md) from the request and those passages, validated, asked for
 * once more if invalid, then the offline draft with the reason. Offline: the request's and the
 * notes' own words in MADR's structure, every gap marked for the team ({@link OfflineAdrWriter}).
 * Thread-safe.
 */
public final class AdrDrafter {
  private static final StructuredAnswers.Wording WORDING =
      new StructuredAnswers.Wording(
          "draft", "le brouillon", "offline draft", "le brouillon hors ligne");
  // The space before a citation goes with it, so a dropped citation leaves no "word ." behind.
  private static final Pattern CITATION = Pattern.compile("\\s*\\[(\\d{1,2})]");

  private final DecisionSources sources;
  private final PromptBuilder prompts;
  private final StructuredAnswers<AdrDraft> answers;
  private final LanguageDetector languages;
  private final Clock clock;

  public AdrDrafter(
      KnowledgeBase knowledge,
      PromptBuilder prompts,
      Optional<LanguageModel> model,
      LanguageDetector languages,
      Clock clock) {
    this.sources = new DecisionSources(knowledge);
    this.prompts = prompts;
    this.answers = new StructuredAnswers<>(model, WORDING, AdrDraft::withWarning);
    this.languages = languages;
    this.clock = clock;
  }

  public AdrDraft draft(AdrRequest request) {
    Language language =
        languages.detect(
            request.title()
                + " "
                + request.context().orElse("")
                + " "
                + request.material().orElse(""));
    DecisionNotes notes =
        NotesReader.read(
            request.title(), request.material().orElse(""), split(request.options().orElse("")));
    DecisionSources.Found found = sources.find(request.title(), notes.options());
    List<Passage> passages = found.all();
    return answers.ask(
        () -> prompts.build(Task.ADR.id(), Question.of(material(request)), passages, language),
        (answer, asked) -> parse(answer, request, asked.passages(), language),
        OfflineAdrWriter.write(
            started(request, request.decision().orElse(""), Mode.OFFLINE, language),
            request,
            notes,
            found,
            language));
  }

  AdrDraft parse(String text, AdrRequest request, List<Passage> passages, Language language)
      throws ModelJson.InvalidAnswerException {
    JsonNode root = ModelJson.object(text);
    String context = ModelJson.text(root, "context");
    List<AdrOption> options = new ArrayList<>();
    for (JsonNode o : ModelJson.array(root, "options")) {
      String name = o.path("name").asText("").strip();
      if (name.isEmpty()) {
        throw new ModelJson.InvalidAnswerException("an option has no name");
      }
      options.add(
          new AdrOption(
              name,
              cite(o.path("description").asText(""), passages),
              citeAll(ModelJson.strings(o, "pros"), passages),
              citeAll(ModelJson.strings(o, "cons"), passages),
              List.of()));
    }
    if (options.size() < 2) {
      throw new ModelJson.InvalidAnswerException("fewer than two considered options");
    }
    String chosen = root.path("chosen").asText("").strip();
    if (!chosen.isEmpty() && options.stream().noneMatch(o -> o.name().equalsIgnoreCase(chosen))) {
      throw new ModelJson.InvalidAnswerException("\"chosen\" is not one of the options");
    }
    String justification = cite(ModelJson.text(root, "justification"), passages);
    List<String> more =
        new ArrayList<>(citeAll(ModelJson.strings(root, "more_information"), passages));
    if (chosen.isEmpty() && !justification.isBlank()) {
      // Undecided, the model's "justification" is its recommendation: the template keeps the
      // decision section neutral, so it is kept here, labelled as the consultant's opinion.
      more.addFirst(
          (language == Language.FR
                  ? "Recommandation du consultant, à discuter (ce n'est pas une décision) : "
                  : "The consultant's recommendation, to discuss (not a decision): ")
              + justification);
      justification = "";
    }
    request.link().ifPresent(l -> more.add("Discussion: " + l));
    return started(request, chosen, Mode.LLM, language)
        .context(cite(context, passages))
        .drivers(citeAll(ModelJson.strings(root, "drivers"), passages))
        .options(options)
        .justification(justification)
        .goodConsequences(citeAll(ModelJson.strings(root, "good_consequences"), passages))
        .badConsequences(citeAll(ModelJson.strings(root, "bad_consequences"), passages))
        .confirmation(cite(ModelJson.text(root, "confirmation"), passages))
        .moreInformation(more)
        .build();
  }

  /** What every draft takes from the request: title, status, date and who decides. */
  private AdrDraft.Builder started(
      AdrRequest request, String chosen, Mode mode, Language language) {
    List<String> people = request.participants();
    return AdrDraft.builder(request.title())
        .status(chosen.isEmpty() ? "proposed" : "accepted")
        .chosen(chosen)
        .date(LocalDate.now(clock))
        .decisionMakers(people.isEmpty() ? List.of() : List.of(people.getFirst()))
        .consulted(people.size() > 1 ? people.subList(1, people.size()) : List.of())
        .mode(mode)
        .language(language);
  }

  private static String material(AdrRequest r) {
    StringBuilder out = new StringBuilder("Decision to record: ").append(r.title()).append('\n');
    r.context().ifPresent(v -> out.append("\nContext and problem:\n").append(v).append('\n'));
    r.options()
        .ifPresent(v -> out.append("\nOptions the requester considered:\n").append(v).append('\n'));
    r.drivers().ifPresent(v -> out.append("\nDecision drivers:\n").append(v).append('\n'));
    r.decision().ifPresent(v -> out.append("\nDecision already taken:\n").append(v).append('\n'));
    if (!r.participants().isEmpty()) {
      out.append("\nParticipants: ").append(String.join(", ", r.participants())).append('\n');
    }
    r.material().ifPresent(v -> out.append('\n').append(Fence.wrap("material", v)).append('\n'));
    return out.toString();
  }

  /**
   * "[2]" in a model's text becomes the passage id, which stays meaningful once saved in a file.
   */
  static String cite(String text, List<Passage> passages) {
    Matcher m = CITATION.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      String replacement =
          n >= 1 && n <= passages.size() ? " (`" + passages.get(n - 1).id() + "`)" : "";
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString().strip();
  }

  private static List<String> citeAll(List<String> texts, List<Passage> passages) {
    return texts.stream().map(t -> cite(t, passages)).toList();
  }

  /** A requester's list: one per line, bullet or comma or " vs ". */
  static List<String> split(String text) {
    List<String> items = new ArrayList<>();
    for (String line : text.split("\\n|,|;|\\s+vs\\.?\\s+|\\s+or\\s+|\\s+ou\\s+")) {
      String item = line.strip().replaceFirst("^([-*•]|\\d+[.)])\\s*", "").strip();
      if (!item.isEmpty()) {
        items.add(item);
      }
    }
    return items;
  }
}
