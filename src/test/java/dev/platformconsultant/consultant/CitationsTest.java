package dev.platformconsultant.consultant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.platformconsultant.knowledge.Passage;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CitationsTest {
  private final List<Passage> passages =
      IntStream.rangeClosed(1, 4)
          .mapToObj(
              i -> new Passage("d" + i + "#s", "d" + i, "D" + i, "pattern", "S", "p", "t", 1, 1))
          .toList();

  @Test
  void collectsCitedNumbersInOrderOfFirstCitation() {
    List<SourceRef> refs =
        Citations.cited("Do this [3]. Also [1][3] and [2, 4]. Not [9] nor [0].", passages);

    assertEquals(List.of(3, 1, 2, 4), refs.stream().map(SourceRef::number).toList());
    assertEquals("d3#s", refs.getFirst().id());
  }

  @Test
  void markdownLinksAndCodeIndexesAreNotCitations() {
    assertEquals(List.of(), Citations.cited("See [the docs](https://x.y) and array[i]", passages));
  }
}
