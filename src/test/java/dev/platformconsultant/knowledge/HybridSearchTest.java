package dev.platformconsultant.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.platformconsultant.TestApp;
import dev.platformconsultant.text.TokenCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Embeddings fused with BM25, the embedding cache, and reloading. */
class HybridSearchTest {
  private static EmbeddingModel model;
  private final KnowledgeLoader loader =
      new KnowledgeLoader(new MarkdownDocumentParser(new TokenCounter()));

  @BeforeAll
  static void loadModel() {
    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
  }

  private List<KnowledgeDocument> fixtures() {
    return loader.load(List.of(Path.of(TestApp.FIXTURE_KNOWLEDGE))).documents();
  }

  @Test
  void embeddingsFindAPassageThatSharesNoWordWithTheQuestion(@TempDir Path cache) {
    KnowledgeIndexer indexer =
        new KnowledgeIndexer(Optional.of(model), "all-minilm-l6-v2-q", cache);
    HybridKnowledgeBase kb = indexer.build(fixtures()).knowledge();
    HybridKnowledgeBase lexicalOnly = HybridKnowledgeBase.lexical(fixtures());
    String question = "our cloud spending is way too high";

    assertTrue(kb.usesEmbeddings());
    assertTrue(lexicalOnly.search(question, 3).isEmpty(), "no word in common with the base");
    assertEquals("kubernetes-cost-optimisation", kb.search(question, 1).getFirst().documentId());
  }

  @Test
  void aSecondBuildReadsTheEmbeddingsFromTheCache(@TempDir Path cache) {
    KnowledgeIndexer indexer =
        new KnowledgeIndexer(Optional.of(model), "all-minilm-l6-v2-q", cache);

    KnowledgeIndexer.Stats first = indexer.build(fixtures()).stats();
    KnowledgeIndexer.Stats second = indexer.build(fixtures()).stats();

    assertFalse(first.embeddingsFromCache());
    assertTrue(second.embeddingsFromCache());
  }

  @Test
  void aCorruptCacheIsRebuiltNotFatal(@TempDir Path cache) throws Exception {
    KnowledgeIndexer indexer =
        new KnowledgeIndexer(Optional.of(model), "all-minilm-l6-v2-q", cache);
    indexer.build(fixtures());
    try (var files = Files.list(cache)) {
      for (Path f : files.toList()) {
        Files.write(f, new byte[] {1, 2, 3});
      }
    }

    KnowledgeIndexer.Built rebuilt = indexer.build(fixtures());

    assertFalse(rebuilt.stats().embeddingsFromCache());
    assertEquals(
        "slo-error-budgets", rebuilt.knowledge().search("error budget", 1).getFirst().documentId());
    assertTrue(
        indexer.build(fixtures()).stats().embeddingsFromCache(), "the rebuilt cache is good again");
  }

  @Test
  void aChangedDocumentIsPickedUpByTheWatcher(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.md"), "---\nid: a\ntitle: Alpha\n---\n## One\nCanary releases.\n");
    try (ReloadingKnowledgeBase kb =
        new ReloadingKnowledgeBase(
            List.of(dir),
            loader,
            new KnowledgeIndexer(Optional.empty(), "none", dir.resolve("cache")))) {
      kb.watch();
      assertTrue(kb.search("chargeback", 3).isEmpty());

      Files.writeString(
          dir.resolve("b.md"),
          "---\nid: b\ntitle: Beta\n---\n## Two\nShowback before chargeback.\n");

      long deadline = System.nanoTime() + 10_000_000_000L;
      while (kb.search("chargeback", 3).isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertEquals("b#two", kb.search("chargeback", 3).getFirst().id());
    }
  }

  @Test
  void whenEveryDocumentVanishesThePreviousIndexKeepsServing(@TempDir Path dir) throws Exception {
    Path kbDir = Files.createDirectories(dir.resolve("kb"));
    Files.writeString(
        kbDir.resolve("a.md"), "---\nid: a\ntitle: Alpha\n---\n## One\nCanary releases.\n");
    try (ReloadingKnowledgeBase kb =
        new ReloadingKnowledgeBase(
            List.of(kbDir),
            loader,
            new KnowledgeIndexer(Optional.empty(), "none", dir.resolve("cache")))) {
      Files.delete(kbDir.resolve("a.md"));
      Files.delete(kbDir);

      List<String> warnings = kb.reload();

      assertTrue(warnings.getFirst().contains("does not exist"), warnings.toString());
      assertEquals("a#one", kb.search("canary", 1).getFirst().id());
    }
  }
}
