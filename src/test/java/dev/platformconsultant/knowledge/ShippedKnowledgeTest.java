package dev.platformconsultant.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.text.TokenCounter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped knowledge/ directory: every document loads, and carries what retrieval relies on. */
class ShippedKnowledgeTest {
  private static final Set<String> KINDS =
      Set.of("pattern", "anti-pattern", "framework", "checklist", "template", "playbook");

  private final TokenCounter tokens = new TokenCounter();

  @Test
  void everyShippedDocumentLoadsWithItsMetadata() {
    KnowledgeLoader.Loaded loaded =
        new KnowledgeLoader(new MarkdownDocumentParser(tokens)).load(List.of(Path.of("knowledge")));

    assertEquals(List.of(), loaded.warnings(), "no shipped file is skipped");
    assertFalse(loaded.documents().isEmpty());
    for (KnowledgeDocument doc : loaded.documents()) {
      String file = doc.path().getFileName().toString();
      assertEquals(doc.id() + ".md", file, "the id is the file name");
      assertTrue(KINDS.contains(doc.kind()), file + ": kind " + doc.kind());
      assertTrue(
          doc.aliases().size() >= 5, file + ": aliases make French questions find English text");
      assertFalse(doc.sources().isEmpty(), file + ": sources");
      assertTrue(doc.sections().size() >= 4, file + ": sections");
      for (Section s : doc.sections()) {
        assertTrue(
            tokens.count(s.text()) <= MarkdownDocumentParser.MAX_SECTION_TOKENS,
            file + "#" + s.slug());
      }
    }
  }

  /** The documents asked about most: a French question gets their text in French. */
  static final Set<String> TRANSLATED =
      Set.of(
          "slo-error-budgets",
          "dora-metrics",
          "kubernetes-cost-optimisation",
          "golden-paths",
          "secrets-management",
          "cicd-pipeline-design",
          "roi-business-case",
          "cncf-platform-maturity-model",
          "anti-pattern-shared-mutable-staging");

  @Test
  void theMostAskedDocumentsAreTranslatedSectionBySection() {
    KnowledgeLoader.Loaded loaded =
        new KnowledgeLoader(new MarkdownDocumentParser(new TokenCounter()))
            .load(List.of(Path.of("knowledge")));

    for (KnowledgeDocument doc : loaded.documents()) {
      Translation fr = doc.translations().get("fr");
      if (!TRANSLATED.contains(doc.id())) {
        continue;
      }
      assertTrue(fr != null, doc.id() + " has a French translation");
      assertFalse(fr.title().isBlank(), doc.id() + ": French title");
      assertEquals(
          doc.sections().stream().map(Section::slug).toList(),
          List.copyOf(fr.sections().keySet()),
          doc.id() + ": every section translated, in order");
    }
  }
}
