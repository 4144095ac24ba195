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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts ADRs. With an LLM: a JSON draft (task-adr.md), validated, asked for once more if invalid,
 * then the offline draft with the reason. Offline: the requester's own words in MADR's structure,
 * with the options the knowledge base suggests added and every gap marked for the team to fill.
 * Thread-safe.
 */
public final class AdrDrafter {
  private static final StructuredAnswers.Wording WORDING =
      new StructuredAnswers.Wording(
          "draft", "le brouillon", "offline draft", "le brouillon hors ligne");
  // The space before a citation goes with it, so a dropped citation leaves no "word ." behind.
  private static final Pattern CITATION = Pattern.compile("\\s*\\[(\\d{1,2})]");
  private static final Set<String> OPTION_KINDS = Set.of("pattern", "framework", "playbook");

  private final KnowledgeBase knowledge;
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
    this.knowledge = knowledge;
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
    List<Passage> passages = knowledge.search(searchText(request), 8);
    return answers.ask(
        () -> prompts.build(Task.ADR.id(), Question.of(material(request)), passages, language),
        (answer, asked) -> parse(answer, request, asked.passages(), language),
        offline(request, passages, language));
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
              ""));
    }
    if (options.size() < 2) {
      throw new ModelJson.InvalidAnswerException("fewer than two considered options");
    }
    String chosen = root.path("chosen").asText("").strip();
    if (!chosen.isEmpty() && options.stream().noneMatch(o -> o.name().equalsIgnoreCase(chosen))) {
      throw new ModelJson.InvalidAnswerException("\"chosen\" is not one of the options");
    }
    String justification = ModelJson.text(root, "justification");
    List<String> more =
        new ArrayList<>(citeAll(ModelJson.strings(root, "more_information"), passages));
    request.link().ifPresent(l -> more.add("Discussion: " + l));
    return started(request, chosen, Mode.LLM, language)
        .context(cite(context, passages))
        .drivers(citeAll(ModelJson.strings(root, "drivers"), passages))
        .options(options)
        .justification(cite(justification, passages))
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

  /** The draft from the request alone, with the knowledge base's suggestions, gaps marked. */
  AdrDraft offline(AdrRequest request, List<Passage> passages, Language language) {
    boolean fr = language == Language.FR;
    String todo = fr ? "_À compléter par l'équipe._" : "_To be completed by the team._";
    List<AdrOption> options = new ArrayList<>();
    for (String name : split(request.options().orElse(""))) {
      options.add(new AdrOption(name, "", List.of(), List.of(), ""));
    }
    Set<String> suggested = new LinkedHashSet<>();
    for (Passage p : passages) {
      if (suggested.size() >= 2 || p.coverage() < 0.34) {
        continue;
      }
      if (OPTION_KINDS.contains(p.kind())
          && suggested.add(p.title())
          && options.stream().noneMatch(o -> o.name().equalsIgnoreCase(p.title()))) {
        options.add(
            new AdrOption(p.title(), firstSentence(p.text()), List.of(), List.of(), p.id()));
      }
    }
    options.add(
        new AdrOption(
            fr ? "Garder l'approche actuelle" : "Keep the current approach",
            fr
                ? "Ne rien changer : la référence à laquelle comparer les autres options."
                : "Change nothing: the baseline the other options are compared with.",
            List.of(),
            List.of(),
            ""));
    String chosen = request.decision().map(String::strip).orElse("");
    if (!chosen.isEmpty() && options.stream().noneMatch(o -> o.name().equalsIgnoreCase(chosen))) {
      options.addFirst(new AdrOption(chosen, "", List.of(), List.of(), ""));
    }
    List<String> drivers = split(request.drivers().orElse(""));
    if (drivers.isEmpty()) {
      drivers =
          fr
              ? List.of(
                  "Expérience développeur (self-service, simplicité) — à confirmer",
                  "Fiabilité et opérabilité — à confirmer",
                  "Coût total (cloud et humain) — à confirmer",
                  "Sécurité et conformité — à confirmer")
              : List.of(
                  "Developer experience (self-service, simplicity) — to confirm",
                  "Reliability and operability — to confirm",
                  "Total cost (cloud and people) — to confirm",
                  "Security and compliance — to confirm");
    }
    List<String> more = new ArrayList<>();
    request.link().ifPresent(l -> more.add((fr ? "Discussion : " : "Discussion: ") + l));
    for (Passage p : passages.stream().filter(p -> p.coverage() >= 0.34).limit(3).toList()) {
      more.add((fr ? "Voir " : "See ") + p.title() + " > " + p.heading() + " (`" + p.id() + "`)");
    }
    more.add(
        fr
            ? "Brouillon hors ligne (aucun LLM) : options, arguments et conséquences sont à compléter avec l'équipe."
            : "Offline draft (no LLM): options, arguments and consequences are to be completed with the team.");
    String context =
        request
            .context()
            .or(request::material)
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .orElse(todo);
    return started(request, chosen, Mode.OFFLINE, language)
        .context(context)
        .drivers(drivers)
        .options(options)
        .justification(todo)
        .confirmation(
            fr
                ? "Revue de l'implémentation et des métriques concernées trois mois après la décision. "
                    + todo
                : "Review of the implementation and the metrics it affects three months after the decision. "
                    + todo)
        .moreInformation(more)
        .build();
  }

  private static String searchText(AdrRequest r) {
    return r.title() + " " + r.context().orElse("") + " " + r.options().orElse("");
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

  private static String firstSentence(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    int end = flat.indexOf(". ");
    String s = end > 0 ? flat.substring(0, end + 1) : flat;
    return s.length() > 240 ? s.substring(0, 237) + "..." : s;
  }
}
