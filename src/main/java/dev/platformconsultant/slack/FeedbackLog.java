package dev.platformconsultant.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.platformconsultant.ops.JsonLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Appends feedback votes to {@code feedback.jsonl} in the data directory: one JSON line per vote
 * with the question id, the vote, who and where. The question's text only when configured to
 * ({@code CONSULTANT_FEEDBACK_STORE_TEXT}): message text is not persisted by default. Thread-safe.
 */
final class FeedbackLog {
  private final Path file;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  FeedbackLog(Path dataDir, Clock clock) {
    this.file = dataDir.resolve("feedback.jsonl");
    this.clock = clock;
  }

  synchronized void record(
      String questionId, boolean helpful, String user, String channel, Optional<String> question) {
    ObjectNode line = json.createObjectNode();
    line.put("at", clock.instant().toString());
    line.put("question_id", questionId);
    line.put("vote", helpful ? "helpful" : "not_helpful");
    line.put("user", user);
    line.put("channel", channel);
    question.ifPresent(q -> line.put("question", q));
    try {
      JsonLines.append(file, line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path file() {
    return file;
  }
}
