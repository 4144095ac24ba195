package dev.platformconsultant.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.text.TokenCounter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownDocumentParserTest {
  private final TokenCounter tokens = new TokenCounter();
  private final MarkdownDocumentParser parser = new MarkdownDocumentParser(tokens);

  private KnowledgeDocument parse(String text) throws MalformedDocumentException {
    return parser.parse(Path.of("knowledge/sample.md"), text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsFrontMatterListsAndSources() throws Exception {
    KnowledgeDocument doc =
        parse(
            """
            ---
            id: gitops
            title: GitOps
            kind: pattern
            tags:
              - delivery
            aliases:
              - déploiement déclaratif
              - "argo cd"
            related:
              - progressive-delivery
            sources:
              - OpenGitOps principles | https://opengitops.dev/
              - A book without a link
            ---
            Intro.

            ## How it works
            Pull-based reconciliation.
            """);

    assertEquals("gitops", doc.id());
    assertEquals("GitOps", doc.title());
    assertEquals("pattern", doc.kind());
    assertEquals(List.of("déploiement déclaratif", "argo cd"), doc.aliases());
    assertEquals(List.of("progressive-delivery"), doc.related());
    assertEquals("https://opengitops.dev/", doc.sources().get(0).url().orElseThrow());
    assertTrue(doc.sources().get(1).url().isEmpty());
  }

  @Test
  void cutsOneSectionPerHeadingWithItsHeadingPath() throws Exception {
    KnowledgeDocument doc =
        parse(
            """
            ---
            id: checklist
            title: Design review checklist
            ---
            What this is.

            ## Reliability
            ### Is there a rollback plan?
            Look for a rollback.

            ### Are SLOs defined?
            Look for an SLO.

            ## Cost
            Estimate it.

            | item | cost |
            |------|------|
            | db   | 10   |
            """);

    List<String> ids = doc.sections().stream().map(Section::slug).toList();
    assertEquals(List.of("overview", "is-there-a-rollback-plan", "are-slos-defined", "cost"), ids);
    assertEquals("Reliability > Is there a rollback plan?", doc.sections().get(1).heading());
    assertEquals("Look for a rollback.", doc.sections().get(1).text());
    assertTrue(
        doc.sections().get(3).text().contains("| db   | 10   |"), "tables are kept as written");
  }

  @Test
  void aDocumentWithoutFrontMatterTakesItsIdFromTheFileAndTitleFromItsHeading() throws Exception {
    KnowledgeDocument doc = parse("# Our on-call rules\n\n## Paging\nPage only for user impact.\n");

    assertEquals("sample", doc.id());
    assertEquals("Our on-call rules", doc.title());
    assertEquals("Paging", doc.sections().getFirst().heading());
  }

  @Test
  void repeatedHeadingsGetDistinctSlugs() throws Exception {
    KnowledgeDocument doc = parse("## Checklist\na\n\n## Checklist\nb\n");

    assertEquals(
        List.of("checklist", "checklist-2"), doc.sections().stream().map(Section::slug).toList());
  }

  @Test
  void aLongSectionIsSplitUnderTheTokenBoundBetweenBlocks() throws Exception {
    String paragraph =
        "Error budgets turn reliability into a shared, measurable decision tool. ".repeat(20);
    KnowledgeDocument doc = parse("## Long\n" + (paragraph + "\n\n").repeat(8));

    assertTrue(doc.sections().size() > 1);
    for (Section s : doc.sections()) {
      assertTrue(tokens.count(s.text()) <= MarkdownDocumentParser.MAX_SECTION_TOKENS, s.slug());
      assertEquals("Long", s.heading());
    }
  }

  @Test
  void rejectsBinaryEmptyUnclosedAndBadIds() {
    assertThrows(
        MalformedDocumentException.class,
        () -> parser.parse(Path.of("a.md"), new byte[] {1, 0, 2}));
    assertThrows(
        MalformedDocumentException.class,
        () -> parser.parse(Path.of("a.md"), new byte[] {(byte) 0xC3, (byte) 0x28}));
    assertThrows(MalformedDocumentException.class, () -> parse("  \n"));
    assertThrows(
        MalformedDocumentException.class,
        () -> parse("---\nid: x\ntitle: never closed\n\n## A\ntext\n"));
    assertThrows(
        MalformedDocumentException.class, () -> parse("---\nid: Not A Slug\n---\n## A\ntext\n"));
    assertThrows(
        MalformedDocumentException.class, () -> parse("---\nid: only-front-matter\n---\n"));
  }

  @Test
  void aHeadingAnchorPinsTheSlugAndIsNotPartOfTheHeading() throws Exception {
    KnowledgeDocument doc = parse("## Where they live {#storage}\nIn a vault.\n");

    assertEquals("storage", doc.sections().getFirst().slug());
    assertEquals("Where they live", doc.sections().getFirst().heading());
  }

  @Test
  void aTranslationKeysItsSectionsByTheAnchorsOfTheSectionsItTranslates() throws Exception {
    String paragraph = "Une phrase assez longue pour peser son poids de jetons dans le texte. ";
    Translation t =
        parser.parseTranslation(
            Path.of("knowledge/sample.fr.md"),
            ("---\ntitle: Les secrets\n---\nIntroduction.\n\n## Où ils vivent {#storage}\n"
                    + (paragraph + "\n\n").repeat(40))
                .getBytes(StandardCharsets.UTF_8),
            "fr");

    assertEquals("Les secrets", t.title());
    assertEquals(List.of("overview", "storage"), List.copyOf(t.sections().keySet()));
    assertEquals("Où ils vivent", t.sections().get("storage").heading());
    assertTrue(
        tokens.count(t.sections().get("storage").text())
            > MarkdownDocumentParser.MAX_SECTION_TOKENS,
        "shown whole, never split: a translation is not indexed");
  }
}
