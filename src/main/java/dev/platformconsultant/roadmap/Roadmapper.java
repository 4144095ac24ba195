package dev.platformconsultant.roadmap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.platformconsultant.assessment.Teams;
import dev.platformconsultant.audit.Audit;
import dev.platformconsultant.audit.Auditor;
import dev.platformconsultant.deliverable.Deliverables;
import dev.platformconsultant.deliverable.HtmlDocument;
import dev.platformconsultant.deliverable.PdfDocument;
import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.review.ReviewChecklist;
import dev.platformconsultant.text.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Draws the roadmap from an audit (a chosen one, or the latest) and saves it as Markdown, HTML with
 * its matrix, CSV for a tracker, the matrix PNG and JSON under the deliverables. Thread-safe.
 */
public final class Roadmapper {
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Auditor audits;
  private final KnowledgeBase knowledge;
  private final Deliverables deliverables;
  private final RoadmapNarrator narrator;
  private final Clock clock;

  /**
   * @param narrator explains the plan's order with an LLM; see {@link RoadmapNarrator}
   */
  public Roadmapper(
      Auditor audits,
      KnowledgeBase knowledge,
      Deliverables deliverables,
      RoadmapNarrator narrator,
      Clock clock) {
    this.audits = audits;
    this.knowledge = knowledge;
    this.deliverables = deliverables;
    this.narrator = narrator;
    this.clock = clock;
  }

  /** A roadmap and its files, and where they are saved. */
  public record Outcome(Roadmap roadmap, String markdown, Map<String, byte[]> files, Path folder) {}

  /** Why there is no roadmap to draw: said to the user in one line. */
  public static final class NoAudit extends Exception {
    public NoAudit(String message) {
      super(message);
    }
  }

  public Outcome roadmap(Optional<String> auditId) throws NoAudit, IOException {
    Audit audit =
        auditId.isPresent()
            ? audits
                .find(auditId.get())
                .orElseThrow(
                    () ->
                        new NoAudit(
                            "no audit with id '%s'; the audits are in %s"
                                .formatted(auditId.get(), deliverables.root().resolve("audit"))))
            : audits
                .latest()
                .orElseThrow(() -> new NoAudit("no audit yet: run `consultant audit` first"));
    if (audit.recommendations().isEmpty()) {
      throw new NoAudit("the audit %s has no recommendation to plan".formatted(audit.id()));
    }
    Instant now = clock.instant();
    String id = Teams.slug(audit.team()) + "-" + ID_TIME.format(now);
    while (deliverables.folder("roadmap", id).isPresent()) {
      now = now.plusSeconds(1);
      id = Teams.slug(audit.team()) + "-" + ID_TIME.format(now);
    }
    Roadmap roadmap =
        new RoadmapPlanner(ReviewChecklist.from(knowledge))
            .plan(audit, id, now.toString().substring(0, 10));
    byte[] matrix = RoadmapChart.matrix(roadmap);
    String markdown = RoadmapReport.markdown(roadmap, true, narrator.explain(roadmap));
    Language l = "fr".equals(roadmap.language()) ? Language.FR : Language.EN;
    String html =
        HtmlDocument.render(
            (l == Language.FR ? "Feuille de route : " : "Roadmap: ") + roadmap.team(),
            markdown,
            Map.of("matrix.png", matrix),
            l);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("roadmap.md", markdown.getBytes(StandardCharsets.UTF_8));
    files.put("roadmap.html", html.getBytes(StandardCharsets.UTF_8));
    files.put("roadmap.pdf", PdfDocument.render(html));
    files.put("roadmap.csv", RoadmapReport.csv(roadmap).getBytes(StandardCharsets.UTF_8));
    files.put("matrix.png", matrix);
    files.put("roadmap.json", JSON.writeValueAsBytes(roadmap));
    Path folder = deliverables.save("roadmap", id, files);
    return new Outcome(roadmap, markdown, files, folder);
  }
}
