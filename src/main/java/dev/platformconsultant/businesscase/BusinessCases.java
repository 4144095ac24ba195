package dev.platformconsultant.businesscase;

import dev.platformconsultant.deliverable.Deliverables;
import dev.platformconsultant.deliverable.HtmlDocument;
import dev.platformconsultant.deliverable.PdfDocument;
import dev.platformconsultant.text.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes a business case from checked inputs: the figures, the report, the chart, and the documents
 * (Markdown, HTML, PDF, JSON) saved under the deliverables. The one entry the command line and
 * Slack share. Thread-safe.
 */
public final class BusinessCases {
  public static final String KIND = "business-case";

  private final Deliverables deliverables;
  private final BusinessCaseNarrator narrator;
  private final Clock clock;

  /**
   * @param narrator writes the sponsor's summary with an LLM; see {@link BusinessCaseNarrator}
   */
  public BusinessCases(Deliverables deliverables, BusinessCaseNarrator narrator, Clock clock) {
    this.deliverables = deliverables;
    this.narrator = narrator;
    this.clock = clock;
  }

  /**
   * A business case and its documents.
   *
   * @param files file name → bytes, as saved
   */
  public record Outcome(
      BusinessCase businessCase,
      BusinessCaseNarrator.Narrative narrative,
      String markdown,
      Map<String, byte[]> files,
      Path folder) {}

  public Outcome make(BusinessCaseInputs inputs) throws IOException {
    Instant now = clock.instant();
    String id = BusinessCase.idFor(inputs.organisation(), now);
    while (deliverables.folder(KIND, id).isPresent()) {
      now = now.plusSeconds(1);
      id = BusinessCase.idFor(inputs.organisation(), now);
    }
    BusinessCase bc =
        new BusinessCaseCalculator()
            .calculate(inputs, id, LocalDate.ofInstant(now, ZoneOffset.UTC));
    BusinessCaseNarrator.Narrative narrative = narrator.narrate(bc);
    String markdown = new BusinessCaseReport().render(bc, narrative);
    byte[] chart = new BusinessCaseChart().draw(bc);
    Language l = inputs.language();
    String html =
        HtmlDocument.render(
            (l == Language.FR ? "Étude de rentabilité : " : "Business case: ")
                + inputs.organisation(),
            markdown,
            Map.of(BusinessCaseReport.CHART, chart),
            l);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("business-case.md", markdown.getBytes(StandardCharsets.UTF_8));
    files.put("business-case.html", html.getBytes(StandardCharsets.UTF_8));
    files.put("business-case.pdf", PdfDocument.render(html));
    files.put(BusinessCaseReport.CHART, chart);
    files.put("business-case.json", bc.toJson().getBytes(StandardCharsets.UTF_8));
    Path folder = deliverables.save(KIND, id, files);
    return new Outcome(bc, narrative, markdown, files, folder);
  }
}
