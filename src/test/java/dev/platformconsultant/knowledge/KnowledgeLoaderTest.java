package dev.platformconsultant.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.text.Language;
import dev.platformconsultant.text.TokenCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeLoaderTest {
  private final KnowledgeLoader loader =
      new KnowledgeLoader(new MarkdownDocumentParser(new TokenCounter()));

  @Test
  void aLaterDirectoryOverridesAnEarlierOneByFileName(@TempDir Path tmp) throws Exception {
    Path shipped = Files.createDirectories(tmp.resolve("shipped"));
    Path team = Files.createDirectories(tmp.resolve("team"));
    Files.writeString(
        shipped.resolve("slo.md"), "---\nid: slo\ntitle: Shipped SLO\n---\n## A\nshipped text\n");
    Files.writeString(
        shipped.resolve("dora.md"), "---\nid: dora\ntitle: DORA\n---\n## A\ndora text\n");
    Files.writeString(
        team.resolve("slo.md"), "---\nid: slo\ntitle: Our SLO rules\n---\n## A\nteam text\n");

    KnowledgeLoader.Loaded loaded = loader.load(List.of(shipped, team));

    assertEquals(2, loaded.documents().size());
    KnowledgeDocument slo =
        loaded.documents().stream().filter(d -> d.id().equals("slo")).findFirst().orElseThrow();
    assertEquals("Our SLO rules", slo.title());
    assertEquals(List.of(), loaded.warnings());
  }

  @Test
  void badFilesAndMissingDirectoriesAreSkippedWithAWarningNamingThem(@TempDir Path tmp)
      throws Exception {
    Files.writeString(tmp.resolve("good.md"), "---\nid: good\ntitle: Good\n---\n## A\ntext\n");
    Files.writeString(tmp.resolve("empty.md"), "");
    Files.write(tmp.resolve("binary.md"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00});
    Files.writeString(tmp.resolve("broken.md"), "---\nid: broken\ntitle: no end\n## A\ntext\n");
    Files.write(tmp.resolve("diagram.png"), new byte[] {(byte) 0x89, 0x50, 0x4e, 0x47});
    Files.writeString(tmp.resolve("README.md"), "How to edit this folder.");

    KnowledgeLoader.Loaded loaded = loader.load(List.of(tmp, tmp.resolve("missing")));

    assertEquals(List.of("good"), loaded.documents().stream().map(KnowledgeDocument::id).toList());
    String warnings = String.join("\n", loaded.warnings());
    assertEquals(5, loaded.warnings().size(), warnings);
    for (String name : List.of("empty.md", "binary.md", "broken.md", "diagram.png", "missing")) {
      assertTrue(warnings.contains(name), name + " in " + warnings);
    }
  }

  @Test
  void aDuplicateIdInAnotherFileIsSkipped(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("a.md"), "---\nid: same\ntitle: A\n---\n## A\ntext\n");
    Files.writeString(tmp.resolve("b.md"), "---\nid: same\ntitle: B\n---\n## A\ntext\n");

    KnowledgeLoader.Loaded loaded = loader.load(List.of(tmp));

    assertEquals(1, loaded.documents().size());
    assertTrue(loaded.warnings().getFirst().contains("b.md"));
  }

  private static final String SECRETS =
      "---\nid: secrets\ntitle: Secrets\n---\nOne place.\n\n## Where secrets live\nA vault.\n";

  @Test
  void aFrenchFileBesideADocumentIsItsTranslationNotADocument(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("secrets.md"), SECRETS);
    Files.writeString(
        tmp.resolve("secrets.fr.md"),
        "---\ntitle: Les secrets\n---\nUn seul endroit.\n\n## Où vivent les secrets {#where-secrets-live}\nUn coffre.\n");

    KnowledgeLoader.Loaded loaded = loader.load(List.of(tmp));

    assertEquals(List.of(), loaded.warnings());
    assertEquals(1, loaded.documents().size());
    Translation fr = loaded.documents().getFirst().translations().get("fr");
    assertEquals("Les secrets", fr.title());
    assertEquals(List.of("overview", "where-secrets-live"), List.copyOf(fr.sections().keySet()));

    KnowledgeBase kb = HybridKnowledgeBase.lexical(loaded.documents());
    Passage french = kb.translated("secrets#where-secrets-live", Language.FR).orElseThrow();
    assertEquals("secrets#where-secrets-live", french.id(), "cited as the English section");
    assertEquals("Les secrets", french.title());
    assertEquals("Où vivent les secrets", french.heading());
    assertEquals("Un coffre.", french.text());
    assertTrue(kb.translated("secrets#where-secrets-live", Language.EN).isEmpty());
    assertEquals(2, kb.passageCount(), "a translation is shown, not searched");
  }

  @Test
  void aTranslatedSectionWithoutItsEnglishSectionIsSkippedWithAWarning(@TempDir Path tmp)
      throws Exception {
    Files.writeString(tmp.resolve("secrets.md"), SECRETS);
    Files.writeString(tmp.resolve("secrets.fr.md"), "## Où vivent les secrets\nUn coffre.\n");

    KnowledgeLoader.Loaded loaded = loader.load(List.of(tmp));

    assertEquals(1, loaded.warnings().size(), loaded.warnings().toString());
    assertTrue(loaded.warnings().getFirst().contains("secrets.fr.md"));
    assertTrue(loaded.warnings().getFirst().contains("{#slug}"), "says how to fix it");
    assertTrue(loaded.documents().getFirst().translations().get("fr").sections().isEmpty());
  }

  @Test
  void aTranslationOfADocumentATeamOverrodeIsNotAttached(@TempDir Path tmp) throws Exception {
    Path shipped = Files.createDirectories(tmp.resolve("shipped"));
    Path team = Files.createDirectories(tmp.resolve("team"));
    Files.writeString(shipped.resolve("secrets.md"), SECRETS);
    Files.writeString(shipped.resolve("secrets.fr.md"), "Un seul endroit.\n");
    Files.writeString(team.resolve("secrets.md"), SECRETS.replace("A vault.", "Our own vault."));

    KnowledgeLoader.Loaded loaded = loader.load(List.of(shipped, team));

    assertEquals(List.of(), loaded.warnings());
    assertTrue(
        loaded.documents().getFirst().translations().isEmpty(),
        "the shipped French translates a text the team replaced");
  }

  @Test
  void aTranslationWithNoDocumentOrInAnUnknownLanguageIsSkippedWithAWarning(@TempDir Path tmp)
      throws Exception {
    Files.writeString(tmp.resolve("secrets.md"), SECRETS);
    Files.writeString(tmp.resolve("secrets.de.md"), "Ein Ort.\n");
    Files.writeString(tmp.resolve("orphan.fr.md"), "Rien à traduire.\n");

    KnowledgeLoader.Loaded loaded = loader.load(List.of(tmp));

    assertEquals(2, loaded.warnings().size(), loaded.warnings().toString());
    assertTrue(String.join("\n", loaded.warnings()).contains("secrets.de.md"));
    assertTrue(String.join("\n", loaded.warnings()).contains("orphan.fr.md"));
  }
}
