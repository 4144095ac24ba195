package dev.platformconsultant.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.model.Mode;
import dev.platformconsultant.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdrLogTest {
  static final List<String> MADR_SECTIONS =
      List.of(
          "## Context and Problem Statement",
          "## Decision Drivers",
          "## Considered Options",
          "## Decision Outcome",
          "### Consequences",
          "### Confirmation",
          "## Pros and Cons of the Options",
          "## More Information");

  static AdrDraft draft(String title) {
    return AdrDraft.builder(title)
        .date(LocalDate.of(2026, 11, 25))
        .decisionMakers(List.of("<@U0ALICE>"))
        .consulted(List.of("Bob: platform"))
        .context("Order events are lost when the monolith restarts.")
        .drivers(List.of("Durability", "Team skills"))
        .options(
            List.of(
                new AdrOption(
                    "Kafka", "A log.", List.of("Replay"), List.of("Operations"), List.of()),
                new AdrOption(
                    "RabbitMQ", "A broker.", List.of("Simple"), List.of("No replay"), List.of())))
        .justification("Kafka fits replay.")
        .goodConsequences(List.of("Replay is possible"))
        .badConsequences(List.of("One more system to run"))
        .confirmation("A game day in January.")
        .moreInformation(List.of("Thread: https://kestrel.slack.com/archives/C1/p1"))
        .mode(Mode.OFFLINE)
        .language(Language.EN)
        .build();
  }

  @Test
  void numbersFollowTheHighestFileAndTitlesBecomeKebabCase(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("0007-older-decision.md"), "# 7. Older decision\n\n## Status\n\nAccepted\n");
    AdrLog log = new AdrLog(dir, AdrTemplate.of("madr"));

    AdrLog.Saved saved = log.save(draft("Use Kafka for Order Events!"), Optional.empty());

    assertEquals(8, saved.number());
    assertEquals("0008-use-kafka-for-order-events.md", saved.file().getFileName().toString());
    assertEquals(List.of(7, 8), log.list().stream().map(AdrLog.Entry::number).toList());
    assertEquals("Older decision", log.list().getFirst().title());
    assertEquals("Accepted", log.list().getFirst().status());
    assertEquals("proposed", log.list().getLast().status());
    assertEquals("2026-11-25", log.list().getLast().date());
  }

  @Test
  void savingTheSameTitleTwiceDoesNotDuplicate(@TempDir Path dir) {
    AdrLog log = new AdrLog(dir, AdrTemplate.of("madr"));

    AdrLog.Saved first = log.save(draft("Use Kafka for order events"), Optional.empty());
    AdrLog.Saved again = log.save(draft("Use Kafka for order events"), Optional.empty());

    assertTrue(first.created());
    assertFalse(again.created());
    assertEquals(first.file(), again.file());
    assertEquals(1, log.list().size());
  }

  @Test
  void supersedingLinksBothWays(@TempDir Path dir) throws Exception {
    AdrLog log = new AdrLog(dir, AdrTemplate.of("madr"));
    log.save(draft("Use RabbitMQ for order events"), Optional.empty());
    log.save(draft("Adopt GitOps"), Optional.empty());

    AdrLog.Saved saved = log.save(draft("Use Kafka for order events"), Optional.of(1));

    assertEquals(Optional.of(1), saved.superseded());
    String old = Files.readString(dir.resolve("0001-use-rabbitmq-for-order-events.md"));
    String current = Files.readString(saved.file());
    assertTrue(
        old.contains("status: superseded by [ADR-0003](0003-use-kafka-for-order-events.md)"), old);
    assertTrue(
        current.contains("Supersedes [ADR-0001](0001-use-rabbitmq-for-order-events.md)"), current);
    assertEquals(
        "superseded by [ADR-0003](0003-use-kafka-for-order-events.md)",
        log.find(1).orElseThrow().status());
    assertThrows(IllegalArgumentException.class, () -> log.save(draft("Another"), Optional.of(42)));
  }

  @Test
  void supersedingAnAdrToolsRecordRewritesItsStatusSection(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("0001-record-architecture-decisions.md"),
        "# 1. Record architecture decisions\n\nDate: 2024-01-10\n\n## Status\n\nAccepted\n\n## Context\n\nWe need to record decisions.\n");
    AdrLog log = new AdrLog(dir, AdrTemplate.of("nygard"));

    log.save(draft("Record decisions with MADR"), Optional.of(1));

    String old = Files.readString(dir.resolve("0001-record-architecture-decisions.md"));
    assertTrue(
        old.contains("## Status\n\nSuperseded by [ADR-0002](0002-record-decisions-with-madr.md)\n"),
        old);
    assertTrue(old.contains("## Context\n\nWe need to record decisions."), "the rest is kept");
  }

  @Test
  void concurrentSavesNeverShareANumber(@TempDir Path dir) throws Exception {
    AdrLog first = new AdrLog(dir, AdrTemplate.of("madr"));
    AdrLog second = new AdrLog(dir, AdrTemplate.of("madr"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<AdrLog.Saved>> futures = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      AdrLog log = i % 2 == 0 ? first : second;
      String title = "Decision number " + i;
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return log.save(draft(title), Optional.empty());
              }));
    }
    start.countDown();
    Set<Integer> numbers = new HashSet<>();
    for (Future<AdrLog.Saved> f : futures) {
      numbers.add(f.get().number());
    }
    pool.shutdown();

    assertEquals(40, numbers.size(), "every save got its own number");
    assertEquals(40, first.list().size());
  }

  @Test
  void aMadrRecordHasEverySectionAndValidFrontMatter() {
    String text = AdrTemplate.of("madr").render(draft("Use Kafka for order events"));

    assertTrue(
        text.startsWith(
            "---\nstatus: proposed\ndate: 2026-11-25\ndecision-makers: \"<@U0ALICE>\"\nconsulted: \"Bob: platform\"\ninformed: \n---\n"),
        text);
    for (String section : MADR_SECTIONS) {
      assertTrue(text.contains("\n" + section + "\n"), section);
    }
    assertTrue(text.contains("# Use Kafka for order events"));
    assertTrue(text.contains("* Good, because replay"), text);
  }

  @Test
  void theNygardTemplateHasItsSections() {
    String text = AdrTemplate.of("nygard").render(draft("Use Kafka for order events"));

    for (String section :
        List.of(
            "# Use Kafka for order events",
            "## Status",
            "## Context",
            "## Decision",
            "## Consequences")) {
      assertTrue(text.contains(section + "\n"), section);
    }
  }
}
