package dev.platformconsultant.assessment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.platformconsultant.knowledge.HybridKnowledgeBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history on disk: one folder per assessment, written whole or not at all. */
class AssessmentHistoryTest {
  private static final Path EXAMPLES = Path.of("src/main/resources/assessment/examples");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  @TempDir Path dataDir;

  private final Questionnaire questionnaire = Questionnaire.shipped();
  // Passages do not matter here: an empty knowledge base keeps the records small.
  private final AssessmentScorer scorer =
      new AssessmentScorer(questionnaire, HybridKnowledgeBase.lexical(List.of()));
  private AssessmentHistory history;

  @BeforeEach
  void newHistory() {
    history = new AssessmentHistory(dataDir.resolve("assessments"));
  }

  @Test
  void aSavedAssessmentIsAFolderWithItsRecordReportAndCharts() throws Exception {
    // given
    Assessment a = assessment("answers.yaml", "2026-12-01T09:30:00Z", Optional.empty());

    // when
    Path folder = history.save(a, "# Report\n", Map.of("radar.png", PNG, "dora.png", PNG));

    // then
    assertEquals(
        dataDir.resolve("assessments/payments-platform/payments-platform-20261201-093000"), folder);
    assertEquals(List.of("assessment.json", "dora.png", "radar.png", "report.md"), namesIn(folder));
    assertEquals("# Report\n", Files.readString(folder.resolve("report.md")));
    assertArrayEquals(PNG, Files.readAllBytes(folder.resolve("radar.png")));
    assertEquals(AssessmentHistory.json(a), Files.readString(folder.resolve("assessment.json")));
    assertEquals(a, AssessmentHistory.parse(Files.readString(folder.resolve("assessment.json"))));
    assertEquals(List.of("payments-platform"), history.teams());
  }

  @Test
  void listsLatestAndFindsAssessmentsById() throws Exception {
    // given two assessments of one team, saved newest first, and one of another team
    Assessment first = assessment("answers.yaml", "2026-12-01T09:30:00Z", Optional.empty());
    Assessment second =
        assessment("answers-next-quarter.yaml", "2027-03-01T09:30:00Z", Optional.of(first));
    Assessment other = renamed(first, "Search");
    history.save(second, "second", Map.of());
    history.save(first, "first", Map.of());
    history.save(other, "other", Map.of());

    // then
    assertEquals(List.of("payments-platform", "search"), history.teams());
    assertEquals(
        List.of(first.id(), second.id()),
        history.of("payments-platform").stream().map(Assessment::id).toList(),
        "oldest first");
    assertEquals(second.id(), history.latest("payments-platform").orElseThrow().id());
    assertEquals(
        first.id(),
        history.latest("payments-platform").orElseThrow().previousId() == null
            ? first.id()
            : history.latest("payments-platform").orElseThrow().previousId());
    assertEquals(Optional.empty(), history.latest("nobody"));
    assertEquals(List.of(), history.of("nobody"));
    assertEquals(second, history.find(second.id()).orElseThrow());
    assertEquals("Search", history.find(other.id()).orElseThrow().team());
    assertEquals(
        dataDir.resolve("assessments/search/" + other.id()),
        history.folder(other.id()).orElseThrow());
    assertEquals(Optional.empty(), history.find("payments-platform-20990101-000000"));
    assertEquals(Optional.empty(), history.find("../payments-platform/" + first.id()), "no paths");
    assertEquals(Optional.empty(), history.folder("Payments-Platform-20261201-093000"));
  }

  @Test
  void anEmptyHistoryListsNothing() {
    assertEquals(List.of(), history.teams());
    assertEquals(Optional.empty(), history.find("payments-platform-20261201-093000"));
  }

  @Test
  void idsAreUniqueAndASecondSaveOfAnIdIsRefusedLeavingTheFirstIntact() throws Exception {
    // given
    Assessment first = assessment("answers.yaml", "2026-12-01T09:30:00Z", Optional.empty());
    Assessment later = assessment("answers.yaml", "2026-12-01T09:30:01Z", Optional.of(first));
    history.save(first, "first", Map.of());

    // when the same id is saved again
    IOException e = assertThrows(IOException.class, () -> history.save(first, "again", Map.of()));

    // then
    assertNotEquals(first.id(), later.id(), "a second later is another id");
    assertTrue(e.getMessage().contains("exists already: " + first.id()), e.getMessage());
    Path team = dataDir.resolve("assessments/payments-platform");
    assertEquals(List.of(first.id()), namesIn(team), "no temporary folder left");
    assertEquals("first", Files.readString(team.resolve(first.id()).resolve("report.md")));
    history.save(later, "later", Map.of());
    assertEquals(List.of(first.id(), later.id()), namesIn(team));
  }

  @Test
  void aChartThatCannotBeWrittenLeavesNoFolderAndNoTemporaryFolder() throws Exception {
    // given a chart whose name points into a folder that does not exist
    Assessment a = assessment("answers.yaml", "2026-12-01T09:30:00Z", Optional.empty());
    Map<String, byte[]> charts = new LinkedHashMap<>();
    charts.put("radar.png", PNG);
    charts.put("missing/dora.png", PNG);

    // when
    assertThrows(IOException.class, () -> history.save(a, "# Report\n", charts));

    // then
    Path team = dataDir.resolve("assessments/payments-platform");
    assertEquals(List.of(), namesIn(team), "nothing half-written");
    assertEquals(List.of(), history.of("payments-platform"));
    assertEquals(Optional.empty(), history.find(a.id()));
  }

  @Test
  void aChartMapThatFailsWhileBeingReadLeavesNothingEither() throws Exception {
    // given a chart map whose iteration throws half-way (a chart that failed to draw)
    Assessment a = assessment("answers.yaml", "2026-12-01T09:30:00Z", Optional.empty());
    Map<String, byte[]> failing =
        new LinkedHashMap<>(Map.of("radar.png", PNG)) {
          @Override
          public java.util.Set<Map.Entry<String, byte[]>> entrySet() {
            return new java.util.AbstractSet<>() {
              @Override
              public java.util.Iterator<Map.Entry<String, byte[]>> iterator() {
                return Stream.<Map.Entry<String, byte[]>>generate(
                        () -> {
                          throw new IllegalStateException("the chart could not be drawn");
                        })
                    .iterator();
              }

              @Override
              public int size() {
                return 1;
              }
            };
          }
        };

    // when
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> history.save(a, "# Report\n", failing));

    // then
    assertEquals("the chart could not be drawn", e.getMessage());
    assertEquals(List.of(), namesIn(dataDir.resolve("assessments/payments-platform")));
    assertEquals(Optional.empty(), history.latest("payments-platform"));
  }

  @Test
  void anUnreadableRecordIsSkipped() throws Exception {
    // given a saved assessment, and a folder whose record is not an assessment
    Assessment a = assessment("answers.yaml", "2026-12-01T09:30:00Z", Optional.empty());
    history.save(a, "# Report\n", Map.of());
    Path broken =
        Files.createDirectories(
            dataDir.resolve("assessments/payments-platform/payments-platform-20270101-000000"));
    Files.writeString(
        broken.resolve("assessment.json"),
        "{\"id\": \"payments-platform-2027",
        StandardCharsets.UTF_8);
    Files.createDirectories(
        dataDir.resolve("assessments/payments-platform/payments-platform-20270102-000000"));

    // then
    assertEquals(
        List.of(a.id()), history.of("payments-platform").stream().map(Assessment::id).toList());
    assertEquals(a.id(), history.latest("payments-platform").orElseThrow().id());
    assertEquals(Optional.empty(), history.find("payments-platform-20270101-000000"));
    assertEquals(Optional.empty(), history.find("payments-platform-20270102-000000"));
  }

  @Test
  void aRecordWithFieldsOfALaterVersionStillReads() throws Exception {
    // given a record saved by a later version, with a field this one does not know
    Assessment a = assessment("answers.yaml", "2026-12-01T09:30:00Z", Optional.empty());
    String json = AssessmentHistory.json(a).replaceFirst("\\{", "{\"addedLater\": 1,");

    // then
    assertEquals(a, AssessmentHistory.parse(json));
  }

  private Assessment assessment(String example, String at, Optional<Assessment> previous)
      throws Exception {
    Answers answers =
        new AnswersFile(questionnaire)
            .read(
                Files.readString(EXAMPLES.resolve(example), StandardCharsets.UTF_8),
                Optional.empty());
    return scorer.score(answers, previous, Instant.parse(at));
  }

  private Assessment renamed(Assessment a, String team) throws Exception {
    Answers answers =
        new AnswersFile(questionnaire)
            .read(
                Files.readString(EXAMPLES.resolve("answers.yaml"), StandardCharsets.UTF_8),
                Optional.of(team));
    return scorer.score(answers, Optional.empty(), Instant.parse(a.takenAt()));
  }

  /** The names in {@code dir}; none when it was never created. */
  private static List<String> namesIn(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
