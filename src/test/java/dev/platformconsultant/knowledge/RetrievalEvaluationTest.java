package dev.platformconsultant.knowledge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.platformconsultant.text.TokenCounter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The retrieval quality bar, on the shipped knowledge base and the evaluation questions in
 * src/test/resources/knowledge/eval (written as engineers ask, about half in French). A question
 * counts as recalled at 5 when one of the documents that answer it is among the documents of the
 * top five passages; MRR uses the rank of the first such document. Prints the scores; fails under
 * recall@5 0.90.
 */
class RetrievalEvaluationTest {
  static final double MIN_RECALL_AT_5 = 0.90;
  static final Path QUESTIONS = Path.of("src/test/resources/knowledge/eval");

  record EvalQuestion(String text, String language, List<String> expected) {}

  record Score(int questions, double recallAt5, double mrr, List<String> misses) {}

  static List<EvalQuestion> questions() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<EvalQuestion> questions = new ArrayList<>();
    try (Stream<Path> files = Files.list(QUESTIONS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(file)) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode node = json.readTree(line);
          List<String> expected = new ArrayList<>();
          node.get("expected").forEach(e -> expected.add(e.asText()));
          questions.add(
              new EvalQuestion(node.get("q").asText(), node.get("lang").asText(), expected));
        }
      }
    }
    return questions;
  }

  /**
   * A question with the documents of its top five passages, best first, and the rank (from 1) of
   * the first one that answers it; 0 when none does.
   */
  record Ranked(EvalQuestion question, List<String> documents, int rank) {}

  /** Searches each question once; the scores of every subset are computed from these. */
  static List<Ranked> rank(KnowledgeBase kb, List<EvalQuestion> questions) {
    List<Ranked> ranked = new ArrayList<>();
    for (EvalQuestion q : questions) {
      Set<String> docs = new LinkedHashSet<>();
      kb.search(q.text(), 5).forEach(p -> docs.add(p.documentId()));
      List<String> documents = List.copyOf(docs);
      int rank = 0;
      for (int i = 0; i < documents.size(); i++) {
        if (q.expected().contains(documents.get(i))) {
          rank = i + 1;
          break;
        }
      }
      ranked.add(new Ranked(q, documents, rank));
    }
    return ranked;
  }

  static Score score(List<Ranked> ranked) {
    double recalled = 0;
    double reciprocalRanks = 0;
    List<String> misses = new ArrayList<>();
    for (Ranked r : ranked) {
      EvalQuestion q = r.question();
      if (r.rank() > 0) {
        recalled++;
        reciprocalRanks += 1.0 / r.rank();
      } else {
        misses.add(
            "[%s] %s -> expected %s, got %s"
                .formatted(q.language(), q.text(), q.expected(), r.documents()));
      }
    }
    return new Score(
        ranked.size(), recalled / ranked.size(), reciprocalRanks / ranked.size(), misses);
  }

  static Score score(List<Ranked> ranked, String language) {
    return score(ranked.stream().filter(r -> r.question().language().equals(language)).toList());
  }

  @Test
  void recallAtFiveIsAtLeastNinetyPercent() throws IOException {
    List<KnowledgeDocument> docs =
        new KnowledgeLoader(new MarkdownDocumentParser(new TokenCounter()))
            .load(List.of(Path.of("knowledge")))
            .documents();
    KnowledgeBase kb =
        new KnowledgeIndexer(
                Optional.of(new AllMiniLmL6V2QuantizedEmbeddingModel()),
                "all-minilm-l6-v2-q",
                Path.of("target/test-index"))
            .build(docs)
            .knowledge();
    List<EvalQuestion> all = questions();
    assertTrue(all.size() >= 60, "the evaluation set has " + all.size() + " questions");

    List<Ranked> ranked = rank(kb, all);
    Score total = score(ranked);
    Score french = score(ranked, "fr");
    Score english = score(ranked, "en");
    System.out.printf(
        "retrieval evaluation over %d documents: all %d questions recall@5 %.3f MRR %.3f | en %d: %.3f / %.3f | fr %d: %.3f / %.3f%n",
        docs.size(),
        total.questions(),
        total.recallAt5(),
        total.mrr(),
        english.questions(),
        english.recallAt5(),
        english.mrr(),
        french.questions(),
        french.recallAt5(),
        french.mrr());
    total.misses().forEach(m -> System.out.println("  miss " + m));

    assertTrue(
        total.recallAt5() >= MIN_RECALL_AT_5,
        "recall@5 %.3f below %.2f; misses:%n%s"
            .formatted(total.recallAt5(), MIN_RECALL_AT_5, String.join("\n", total.misses())));
  }
}
