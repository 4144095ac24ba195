package dev.platformconsultant.consultant;

import dev.platformconsultant.knowledge.Passage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds which numbered passages an answer cites ({@code [2]}, {@code [1, 3]}, {@code [1][2]}). */
final class Citations {
  private static final Pattern BRACKET = Pattern.compile("\\[(\\d{1,2}(?:\\s*[,;]\\s*\\d{1,2})*)]");

  private Citations() {}

  /** The cited passages in order of first citation; numbers outside the list are ignored. */
  static List<SourceRef> cited(String answer, List<Passage> passages) {
    Set<Integer> numbers = new LinkedHashSet<>();
    Matcher m = BRACKET.matcher(answer);
    while (m.find()) {
      for (String n : m.group(1).split("[,;]")) {
        int number = Integer.parseInt(n.trim());
        if (number >= 1 && number <= passages.size()) {
          numbers.add(number);
        }
      }
    }
    List<SourceRef> refs = new ArrayList<>();
    for (int number : numbers) {
      refs.add(ref(number, passages.get(number - 1)));
    }
    return refs;
  }

  static SourceRef ref(int number, Passage p) {
    return new SourceRef(number, p.id(), p.title(), p.path(), p.heading());
  }
}
