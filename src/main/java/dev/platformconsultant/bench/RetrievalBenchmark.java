package dev.platformconsultant.bench;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.platformconsultant.knowledge.KnowledgeBase;
import dev.platformconsultant.knowledge.KnowledgeDocument;
import dev.platformconsultant.knowledge.KnowledgeIndexer;
import dev.platformconsultant.knowledge.Section;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Retrieval figures: index build time (embedding from scratch, then from the cache), query latency
 * on the shipped base and on a synthetic base of many chunks, printed, never asserted. The
 * synthetic base recombines the shipped sentences into new sections, so term statistics and text
 * lengths stay realistic.
 */
public final class RetrievalBenchmark {
  /** Questions as engineers type them, half French: latency depends on query length and terms. */
  static final List<String> QUERIES =
      List.of(
          "How should we define SLOs for a payment API?",
          "Comment réduire nos coûts Kubernetes ?",
          "how do we prove our supply chain is secure",
          "budget d'erreur SLO",
          "our deploys keep breaking on fridays",
          "on paie trop cher AWS, par où commencer ?",
          "what are the DORA metrics and how do we measure them",
          "comment mettre en place un golden path",
          "too many alerts at night, people are burning out",
          "faut-il faire du multi-cloud ?",
          "how do I sign container images",
          "c'est quoi une landing zone",
          "should the platform team approve every change",
          "comment calculer le ROI de la plateforme",
          "tagging strategy for cost allocation",
          "plan de reprise d'activité RPO RTO",
          "namespace per team or cluster per team",
          "comment écrire un ADR",
          "canary or blue green",
          "gestion des secrets vault");

  private final EmbeddingModel embedder;
  private final String modelName;
  private final PrintWriter out;

  public RetrievalBenchmark(EmbeddingModel embedder, String modelName, PrintWriter out) {
    this.embedder = embedder;
    this.modelName = modelName;
    this.out = out;
  }

  public void run(List<KnowledgeDocument> shipped, int syntheticChunks, int iterations) {
    out.printf(
        "retrieval benchmark: %d cores, %s%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name") + " " + Runtime.version());
    measureBase("shipped", shipped, iterations);
    if (syntheticChunks > 0) {
      measureBase("synthetic", synthetic(shipped, syntheticChunks), iterations);
    }
    out.flush();
  }

  private void measureBase(String name, List<KnowledgeDocument> docs, int iterations) {
    Path cache = temporaryDirectory();
    KnowledgeIndexer indexer = new KnowledgeIndexer(Optional.of(embedder), modelName, cache);
    KnowledgeIndexer.Built cold = indexer.build(docs);
    KnowledgeIndexer.Built warm = indexer.build(docs);
    out.printf(
        "%-9s %5d documents %6d chunks | index build: %,d ms from scratch (embedding %,d ms), %,d ms with cached embeddings%n",
        name,
        cold.stats().documents(),
        cold.stats().chunks(),
        cold.stats().totalMillis(),
        cold.stats().embedMillis(),
        warm.stats().totalMillis());
    KnowledgeBase kb = warm.knowledge();
    for (int i = 0; i < 100; i++) {
      kb.search(QUERIES.get(i % QUERIES.size()), 8);
    }
    long[] nanos = new long[iterations];
    for (int i = 0; i < iterations; i++) {
      String q = QUERIES.get(i % QUERIES.size());
      long start = System.nanoTime();
      kb.search(q, 8);
      nanos[i] = System.nanoTime() - start;
    }
    out.printf("%-9s query latency (hybrid, top 8): %s%n", name, Percentiles.ofNanos(nanos));
    out.flush();
  }

  /** About {@code chunks} sections made of shipped sentences, eight sections a document. */
  static List<KnowledgeDocument> synthetic(List<KnowledgeDocument> shipped, int chunks) {
    List<String> sentences = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    for (KnowledgeDocument doc : shipped) {
      for (Section s : doc.sections()) {
        headings.add(s.heading());
        for (String sentence : s.text().split("(?<=[.!?])\\s+")) {
          if (sentence.length() > 20) {
            sentences.add(sentence.strip());
          }
        }
      }
    }
    if (sentences.isEmpty()) {
      throw new IllegalStateException("the shipped base has no text to recombine");
    }
    Random random = new Random(42);
    List<KnowledgeDocument> docs = new ArrayList<>();
    int perDoc = 8;
    for (int d = 0; d * perDoc < chunks; d++) {
      List<Section> sections = new ArrayList<>();
      for (int s = 0; s < perDoc && d * perDoc + s < chunks; s++) {
        StringBuilder text = new StringBuilder();
        int count = 4 + random.nextInt(6);
        for (int k = 0; k < count; k++) {
          text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
        }
        sections.add(
            new Section(
                "s" + s,
                List.of(headings.get(random.nextInt(headings.size()))),
                text.toString().strip()));
      }
      KnowledgeDocument source = shipped.get(random.nextInt(shipped.size()));
      docs.add(
          new KnowledgeDocument(
              "synthetic-" + d,
              source.title() + " (variant " + d + ")",
              source.kind(),
              source.tags(),
              source.aliases(),
              List.of(),
              List.of(),
              Path.of("synthetic/" + d + ".md"),
              sections));
    }
    return docs;
  }

  private static Path temporaryDirectory() {
    try {
      Path dir = Files.createTempDirectory("consultant-bench-");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Wall time of whole {@code ask} processes, the start-up a user waits for; median of the runs.
   */
  public static void measureStartUp(
      List<String> command, java.util.Map<String, String> env, int runs, PrintWriter out) {
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
      pb.environment().putAll(env);
      long start = System.nanoTime();
      try {
        Process p = pb.start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        int exit = p.waitFor();
        millis.add((System.nanoTime() - start) / 1_000_000);
        if (exit != 0) {
          out.printf("start-up run %d exited %d%n", i + 1, exit);
        }
      } catch (IOException e) {
        out.printf("start-up measure failed: %s%n", e.getMessage());
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    millis.sort(Comparator.naturalOrder());
    out.printf(
        "cached start-up of `ask` (whole process, offline answer): median %,d ms over %d runs %s%n",
        millis.get(millis.size() / 2), runs, millis);
    out.flush();
  }
}
