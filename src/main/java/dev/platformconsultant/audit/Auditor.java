package dev.platformconsultant.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.platformconsultant.assessment.Assessment;
import dev.platformconsultant.assessment.AssessmentHistory;
import dev.platformconsultant.assessment.Questionnaire;
import dev.platformconsultant.assessment.Teams;
import dev.platformconsultant.deliverable.Deliverables;
import dev.platformconsultant.deliverable.HtmlDocument;
import dev.platformconsultant.deliverable.PdfDocument;
import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.Passage;
import dev.platformconsultant.model.Citations;
import dev.platformconsultant.model.Fence;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.ModelJson;
import dev.platformconsultant.model.ModelJson.InvalidAnswerException;
import dev.platformconsultant.model.Prompt;
import dev.platformconsultant.model.PromptBuilder;
import dev.platformconsultant.model.Question;
import dev.platformconsultant.model.StructuredAnswers;
import dev.platformconsultant.model.Task;
import dev.platformconsultant.review.DesignReviewer;
import dev.platformconsultant.review.Review;
import dev.platformconsultant.scan.RepositoryScanner;
import dev.platformconsultant.scan.ScanReport;
import dev.platformconsultant.text.Language;
import dev.platformconsultant.text.LanguageDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the audit report from a team's latest (or a chosen) assessment, design reviews and notes.
 * With an LLM, the model fills the audit's JSON from the collected evidence, validated (every item
 * names evidence that exists, every [n] a passage it was given), asked once more, else the
 * deterministic audit with the reason; without one, the deterministic audit. Saved with its
 * Markdown and HTML under the deliverables. Thread-safe.
 */
public final class Auditor {
  private static final Set<String> SEVERITIES = Set.of("critical", "high", "medium");
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final StructuredAnswers.Wording WORDING =
      new StructuredAnswers.Wording(
          "audit",
          "l'audit",
          "audit written from the evidence",
          "l'audit rédigé à partir des preuves");

  private final OfflineAuditor offline;
  private final KnowledgeBase knowledge;
  private final PromptBuilder prompts;
  private final StructuredAnswers<Audit> answers;
  private final DesignReviewer reviewer;
  private final AssessmentHistory assessments;
  private final Deliverables deliverables;
  private final AuditReport report;
  private final LanguageDetector languages = new LanguageDetector();
  private final RepositoryScanner scanner;
  private final Clock clock;

  public Auditor(
      Questionnaire questionnaire,
      KnowledgeBase knowledge,
      PromptBuilder prompts,
      Optional<LanguageModel> model,
      DesignReviewer reviewer,
      AssessmentHistory assessments,
      Deliverables deliverables,
      Clock clock) {
    this.offline = new OfflineAuditor(questionnaire);
    this.knowledge = knowledge;
    this.prompts = prompts;
    this.answers = new StructuredAnswers<>(model, WORDING, Audit::withWarning);
    this.reviewer = reviewer;
    this.assessments = assessments;
    this.deliverables = deliverables;
    this.report = new AuditReport(knowledge);
    this.clock = clock;
    this.scanner = new RepositoryScanner(deliverables.root().resolveSibling("scans"), clock);
  }

  /**
   * What an audit is asked for.
   *
   * @param team the team's name; with no assessment id, its latest assessment is used
   * @param assessmentId a particular assessment, or empty
   * @param designs design documents to review for the audit (name → text, already redacted)
   * @param notes notes to read (name → text, already redacted): interviews, a Slack thread
   * @param language the report's; empty for the assessment's, else the material's
   */
  public record Request(
      Optional<String> team,
      Optional<String> assessmentId,
      List<AuditInputs.Named<String>> designs,
      List<AuditInputs.Named<String>> notes,
      Optional<Language> language,
      List<String> repositories) {
    public Request {
      repositories = List.copyOf(repositories);
    }

    /** Without repositories to scan. */
    public Request(
        Optional<String> team,
        Optional<String> assessmentId,
        List<AuditInputs.Named<String>> designs,
        List<AuditInputs.Named<String>> notes,
        Optional<Language> language) {
      this(team, assessmentId, designs, notes, language, List.of());
    }
  }

  /** An audit, its Markdown and HTML, and where they are saved. */
  public record Outcome(Audit audit, String markdown, String html, Path folder) {}

  /** Why an audit cannot be written: said to the user in one line. */
  public static final class NoEvidence extends Exception {
    public NoEvidence(String message) {
      super(message);
    }
  }

  public Outcome audit(Request request) throws NoEvidence, IOException {
    Optional<Assessment> assessment = assessment(request);
    String team =
        request
            .team()
            .filter(t -> !t.isBlank())
            .or(() -> assessment.map(Assessment::team))
            .orElse("");
    if (Teams.problem(team) != null) {
      throw new NoEvidence(
          "name the team (--team) or an assessment (--assessment ID): the audit is of a team");
    }
    Language language =
        request
            .language()
            .or(() -> assessment.map(a -> "fr".equals(a.language()) ? Language.FR : Language.EN))
            .orElseGet(() -> languages.detect(material(request)));
    List<AuditInputs.Named<Review>> reviews = new ArrayList<>();
    for (AuditInputs.Named<String> design : request.designs()) {
      reviews.add(new AuditInputs.Named<>(design.name(), reviewer.review(design.value())));
    }
    List<AuditInputs.Named<Review>> notes = new ArrayList<>();
    for (AuditInputs.Named<String> note : request.notes()) {
      notes.add(new AuditInputs.Named<>(note.name(), reviewer.review(note.value())));
    }
    List<ScanReport> scans = new ArrayList<>();
    for (String repository : request.repositories()) {
      try {
        scans.add(scanner.scan(repository, Optional.empty(), 90));
      } catch (RepositoryScanner.CannotScan e) {
        throw new NoEvidence(e.getMessage());
      }
    }
    AuditInputs inputs = new AuditInputs(team, assessment, reviews, notes, language, scans);
    if (inputs.isEmpty()) {
      throw new NoEvidence(
          "no evidence: run `consultant assess` for the team first, or give --review or --notes files");
    }
    Instant now = clock.instant();
    String id = Teams.slug(team) + "-" + ID_TIME.format(now);
    while (deliverables.folder("audit", id).isPresent()) {
      now = now.plusSeconds(1);
      id = Teams.slug(team) + "-" + ID_TIME.format(now);
    }
    Audit fallback = offline.audit(inputs, id, now.toString().substring(0, 10));
    Audit audit =
        answers.ask(
            () -> prompt(fallback, language),
            (answer, asked) -> parse(answer, asked, fallback),
            fallback);
    String markdown = report.render(audit);
    String html =
        HtmlDocument.render(
            (language == Language.FR ? "Audit de la plateforme : " : "Platform audit: ") + team,
            markdown,
            Map.of(),
            language);
    Path folder =
        deliverables.save(
            "audit",
            id,
            Map.of(
                "audit.md", markdown.getBytes(StandardCharsets.UTF_8),
                "audit.html", html.getBytes(StandardCharsets.UTF_8),
                "audit.pdf", PdfDocument.render(html),
                "audit.json", json(audit).getBytes(StandardCharsets.UTF_8)));
    return new Outcome(audit, markdown, html, folder);
  }

  /** A saved audit, by id. */
  public Optional<Audit> find(String id) {
    return deliverables
        .folder("audit", id)
        .map(
            dir -> {
              try {
                return JSON.readValue(dir.resolve("audit.json").toFile(), Audit.class);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** The latest audit saved, if any. */
  public Optional<Audit> latest() {
    List<String> ids = deliverables.ids("audit");
    return ids.isEmpty()
        ? Optional.empty()
        : ids.stream()
            .map(this::find)
            .flatMap(Optional::stream)
            .max(java.util.Comparator.comparing(Audit::date).thenComparing(Audit::id));
  }

  public Deliverables deliverables() {
    return deliverables;
  }

  private Optional<Assessment> assessment(Request request) throws NoEvidence {
    if (request.assessmentId().isPresent()) {
      String id = request.assessmentId().get();
      return Optional.of(
          assessments
              .find(id)
              .orElseThrow(
                  () ->
                      new NoEvidence(
                          "no assessment with id '%s'; `consultant assess list` lists them"
                              .formatted(id))));
    }
    return request.team().map(Teams::slug).filter(s -> !s.isEmpty()).flatMap(assessments::latest);
  }

  private static String material(Request request) {
    return request.designs().stream()
            .map(AuditInputs.Named::value)
            .collect(Collectors.joining("\n"))
        + "\n"
        + request.notes().stream().map(AuditInputs.Named::value).collect(Collectors.joining("\n"));
  }

  private Prompt prompt(Audit fallback, Language language) {
    StringBuilder evidence = new StringBuilder();
    for (Evidence e : fallback.evidence()) {
      evidence
          .append(e.id())
          .append(" | ")
          .append(e.kind().id())
          .append(" | ")
          .append(e.source())
          .append(" | ")
          .append(e.text().replace('\n', ' '))
          .append('\n');
    }
    Map<String, Passage> passages = new LinkedHashMap<>();
    knowledge.passage("audit-report-swot").ifPresent(p -> passages.put(p.id(), p));
    for (String id : fallback.passages()) {
      knowledge.passage(id).ifPresent(p -> passages.putIfAbsent(p.id(), p));
    }
    return prompts.build(
        Task.AUDIT.id(),
        Question.of(Fence.wrap("evidence", evidence.toString())),
        new ArrayList<>(passages.values()),
        language);
  }

  private Audit parse(String answer, Prompt asked, Audit fallback) throws InvalidAnswerException {
    JsonNode root = ModelJson.object(answer);
    Set<String> ids = fallback.evidence().stream().map(Evidence::id).collect(Collectors.toSet());
    List<String> cited = new ArrayList<>();
    String summary = Citations.renumber(ModelJson.text(root, "summary"), asked.passages(), cited);
    List<Audit.Risk> risks = new ArrayList<>();
    JsonNode riskNodes = ModelJson.array(root, "risks");
    for (int i = 0; i < riskNodes.size(); i++) {
      JsonNode r = riskNodes.get(i);
      String severity = ModelJson.text(r, "severity").toLowerCase(java.util.Locale.ROOT);
      if (!SEVERITIES.contains(severity)) {
        throw new InvalidAnswerException(
            "risks[%d].severity \"%s\" is not critical, high or medium".formatted(i, severity));
      }
      risks.add(
          new Audit.Risk(
              Citations.renumber(ModelJson.text(r, "text"), asked.passages(), cited),
              ModelJson.text(r, "consequence"),
              severity,
              evidence(r, "evidence", ids, "risks[" + i + "]")));
    }
    List<Audit.Recommendation> recommendations = new ArrayList<>();
    JsonNode recNodes = ModelJson.array(root, "recommendations");
    for (int i = 0; i < recNodes.size(); i++) {
      JsonNode r = recNodes.get(i);
      List<String> before = new ArrayList<>(cited);
      String text = Citations.renumber(ModelJson.text(r, "text"), asked.passages(), cited);
      List<String> own =
          cited.stream().filter(c -> !before.contains(c) || text.contains("[")).toList();
      recommendations.add(
          new Audit.Recommendation(
              text, evidence(r, "addresses", ids, "recommendations[" + i + "]"), own));
    }
    return new Audit(
        fallback.id(),
        fallback.team(),
        fallback.date(),
        fallback.language(),
        summary,
        fallback.currentState(),
        items(root, "strengths", ids, asked, cited),
        items(root, "weaknesses", ids, asked, cited),
        items(root, "opportunities", ids, asked, cited),
        items(root, "threats", ids, asked, cited),
        risks,
        recommendations,
        fallback.evidence(),
        cited,
        fallback.assessmentId(),
        "llm",
        null);
  }

  private static List<Audit.Item> items(
      JsonNode root, String key, Set<String> ids, Prompt asked, List<String> cited)
      throws InvalidAnswerException {
    List<Audit.Item> items = new ArrayList<>();
    JsonNode nodes = ModelJson.array(root, key);
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode n = nodes.get(i);
      items.add(
          new Audit.Item(
              Citations.renumber(ModelJson.text(n, "text"), asked.passages(), cited),
              evidence(n, "evidence", ids, key + "[" + i + "]")));
    }
    return items;
  }

  /** The evidence ids an item names: at least one, each collected. */
  private static List<String> evidence(JsonNode node, String key, Set<String> ids, String where)
      throws InvalidAnswerException {
    List<String> named = ModelJson.strings(node, key);
    if (named.isEmpty()) {
      throw new InvalidAnswerException(where + " names no evidence; every item must");
    }
    for (String id : named) {
      if (!ids.contains(id)) {
        throw new InvalidAnswerException(
            "%s names evidence %s, which does not exist (E1 to E%d)"
                .formatted(where, id, ids.size()));
      }
    }
    return named;
  }

  static String json(Audit audit) {
    try {
      return JSON.writeValueAsString(audit) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
