package dev.platformconsultant.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
