package dev.platformconsultant.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageLogTest {
  @Test
  void usageIsSummedPerDayAndChannelWithItsCost(@TempDir Path data) throws Exception {
    Clock day1 = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    Clock day2 = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    new UsageLog(data, day1, 0.40, 1.60).record("C0PLATFORM", "answer", "llm", 2000, 500);
    UsageLog today = new UsageLog(data, day2, 0.40, 1.60);
    today.record("C0PLATFORM", "answer", "llm", 1000, 250);
    today.record("C0PLATFORM", "review", "offline", 0, 0);
    today.record("D0DM", "answer", "llm", 1000, 250);

    List<UsageLog.Line> lines = today.summary(30);

    assertEquals(3, lines.size());
    UsageLog.Line first = lines.getFirst();
    assertEquals("2026-11-25", first.day());
    assertEquals("C0PLATFORM", first.channel());
    assertEquals(2, first.requests());
    assertEquals(1, first.llmRequests());
    assertEquals(0.0008, first.cost(), 1e-9, "1,000 in at 0.40 + 250 out at 1.60 per million");
    assertEquals(
        1,
        today.summary(1).stream().filter(l -> l.channel().equals("C0PLATFORM")).count(),
        "--days 1 is today only");
    assertTrue(
        UsageLog.table(lines)
            .contains("| 2026-11-24 | C0PLATFORM | 1 | 1 | 2,000 | 500 | 0.0016 |"),
        UsageLog.table(lines));
    assertTrue(
        Files.readString(data.resolve("usage.jsonl"))
            .lines()
            .allMatch(l -> !l.contains("question")),
        "no text is stored");
  }
}
