package dev.platformconsultant.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who used the consultant, where and at what LLM cost: one JSON line per request in {@code
 * usage.jsonl} (day, channel, task, mode, tokens, estimated cost; never text), and the summary per
 * day and channel that {@code consultant usage} and {@code /consult usage} print. The consultant
 * practises the FinOps it preaches. Thread-safe.
 */
public final class UsageLog {
  private static final Logger log = LoggerFactory.getLogger(UsageLog.class);

  private final Path file;
  private final Clock clock;
  private final double inputPricePerMillion;
  private final double outputPricePerMillion;
  private final ObjectMapper json = new ObjectMapper();

  public UsageLog(
      Path dataDir, Clock clock, double inputPricePerMillion, double outputPricePerMillion) {
    this.file = dataDir.resolve("usage.jsonl");
    this.clock = clock;
    this.inputPricePerMillion = inputPricePerMillion;
    this.outputPricePerMillion = outputPricePerMillion;
  }

  /** One day and channel of use. */
  public record Line(
      String day,
      String channel,
      int requests,
      int llmRequests,
      long tokensIn,
      long tokensOut,
      double cost) {}

  public synchronized void record(
      String channel, String task, String mode, int tokensIn, int tokensOut) {
    ObjectNode line = json.createObjectNode();
    line.put("day", LocalDate.now(clock).toString());
    line.put("channel", channel);
    line.put("task", task);
    line.put("mode", mode);
    line.put("tokens_in", tokensIn);
    line.put("tokens_out", tokensOut);
    line.put(
        "cost", (tokensIn * inputPricePerMillion + tokensOut * outputPricePerMillion) / 1_000_000);
    try {
      JsonLines.append(file, line);
    } catch (IOException e) {
      // Usage accounting must never cost a user their answer.
      log.warn("could not record usage in {}: {}", file, e.getMessage());
    }
  }

  /** Use per day (newest first) and channel, over the last {@code days} days. */
  public List<Line> summary(int days) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    String since = LocalDate.now(clock).minusDays(days - 1L).toString();
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, Double> costs = new TreeMap<>();
    try {
      for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (raw.isBlank()) {
          continue;
        }
        JsonNode n;
        try {
          n = json.readTree(raw);
        } catch (IOException badLine) {
          continue;
        }
        String day = n.path("day").asText();
        if (day.compareTo(since) < 0) {
          continue;
        }
        String key = day + "\t" + n.path("channel").asText("?");
        long[] c = counts.computeIfAbsent(key, k -> new long[4]);
        c[0]++;
        c[1] += n.path("mode").asText().equals("llm") ? 1 : 0;
        c[2] += n.path("tokens_in").asLong();
        c[3] += n.path("tokens_out").asLong();
        costs.merge(key, n.path("cost").asDouble(), Double::sum);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Line> lines = new ArrayList<>();
    counts.forEach(
        (key, c) -> {
          String[] parts = key.split("\t", 2);
          lines.add(
              new Line(parts[0], parts[1], (int) c[0], (int) c[1], c[2], c[3], costs.get(key)));
        });
    lines.sort(
        (a, b) ->
            b.day().compareTo(a.day()) != 0
                ? b.day().compareTo(a.day())
                : a.channel().compareTo(b.channel()));
    return lines;
  }

  /** The summary as a Markdown table. */
  public static String table(List<Line> lines) {
    if (lines.isEmpty()) {
      return "No usage recorded yet.";
    }
    StringBuilder out =
        new StringBuilder(
            "| day | channel | requests | with LLM | tokens in | tokens out | est. cost (USD) |\n|---|---|---|---|---|---|---|\n");
    double total = 0;
    for (Line l : lines) {
      out.append(
          "| %s | %s | %d | %d | %,d | %,d | %.4f |\n"
              .formatted(
                  l.day(),
                  l.channel(),
                  l.requests(),
                  l.llmRequests(),
                  l.tokensIn(),
                  l.tokensOut(),
                  l.cost()));
      total += l.cost();
    }
    out.append(
        "\nTotal estimated LLM cost: %.4f USD (from LLM_PRICE_INPUT_PER_MTOK and LLM_PRICE_OUTPUT_PER_MTOK)."
            .formatted(total));
    return out.toString();
  }
}
