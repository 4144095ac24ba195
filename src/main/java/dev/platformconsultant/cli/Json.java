package dev.platformconsultant.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.platformconsultant.consultant.Answer;
import dev.platformconsultant.consultant.SourceRef;
import dev.platformconsultant.knowledge.Passage;
import java.util.List;

/** The command line's JSON shapes, one place, so scripts can rely on them. */
final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  static String answer(Answer answer) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("answer", answer.markdown());
    ArrayNode sources = root.putArray("sources");
    for (SourceRef s : answer.sources()) {
      sources
          .addObject()
          .put("id", s.id())
          .put("title", s.title())
          .put("path", s.path())
          .put("heading", s.heading());
    }
    root.put("mode", answer.mode().id());
    root.put("language", answer.language().code());
    answer.warning().ifPresent(w -> root.put("warning", w));
    return write(root);
  }

  static String passages(List<Passage> passages) {
    ArrayNode list = MAPPER.createArrayNode();
    for (Passage p : passages) {
      list.addObject()
          .put("id", p.id())
          .put("title", p.title())
          .put("path", p.path())
          .put("heading", p.heading())
          .put("score", Math.round(p.score() * 1000) / 1000.0)
          .put("text", p.text());
    }
    return write(list);
  }

  /**
   * A review record: summary, strengths, findings, questions, priorities, what is not applicable,
   * mode, language.
   */
  static ObjectNode review(dev.platformconsultant.review.Review review) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("summary", review.summary());
    review.strengths().forEach(root.putArray("strengths")::add);
    ArrayNode findings = root.putArray("findings");
    for (dev.platformconsultant.review.Finding f : review.findings()) {
      findings
          .addObject()
          .put("severity", f.severity().id())
          .put("area", f.area().id())
          .put("title", f.title())
          .put("evidence", f.evidence())
          .put("recommendation", f.recommendation())
          .put("source", f.source());
    }
    review.questions().forEach(root.putArray("questions")::add);
    review.quickWins().forEach(root.putArray("quick_wins")::add);
    review.longerTerm().forEach(root.putArray("longer_term")::add);
    review.notApplicable().forEach(root.putArray("not_applicable")::add);
    root.put("mode", review.mode().id());
    root.put("language", review.language().code());
    review.warning().ifPresent(w -> root.put("warning", w));
    return root;
  }

  private static String write(Object node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
