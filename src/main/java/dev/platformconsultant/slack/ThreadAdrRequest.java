package dev.platformconsultant.slack;

import dev.platformconsultant.adr.AdrRequest;
import dev.platformconsultant.model.Turn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Slack thread as an ADR request: its first message's first line as the title, its people as
 * decision-makers (who started it) and consulted (the others), a link back to it, and its messages,
 * in order, as the material the draft is written from.
 */
final class ThreadAdrRequest {
  static final int MAX_TITLE = 100;
  private static final Pattern SPEAKER = Pattern.compile("^<@[A-Z0-9]+>:\\s*");

  private ThreadAdrRequest() {}

  /**
   * @param turns the thread's messages, oldest first, as {@link ThreadHistory} reads them
   * @param fallbackText the text of the message the shortcut was used on, for a thread with no
   *     message from a person
   */
  static AdrRequest from(List<Turn> turns, String channel, String threadTs, String fallbackText) {
    Set<String> participants = new LinkedHashSet<>();
    StringBuilder said = new StringBuilder();
    for (Turn turn : turns) {
      if (turn.role() == Turn.Role.USER && turn.text().startsWith("<@")) {
        participants.add(turn.text().substring(0, turn.text().indexOf('>') + 1));
      }
      said.append("\n")
          .append(turn.role() == Turn.Role.USER ? "" : "(consultant) ")
          .append(turn.text());
    }
    String material =
        "Participants: "
            + String.join(", ", participants)
            + "\nThread: channel "
            + channel
            + ", ts "
            + threadTs
            + "\nA Slack thread to turn into an ADR.\n"
            + said;
    return AdrRequest.builder(title(turns, fallbackText))
        .participants(new ArrayList<>(participants))
        .link(permalink(channel, threadTs))
        .material(material)
        .build();
  }

  private static String title(List<Turn> turns, String fallbackText) {
    String first =
        turns.stream()
            .filter(t -> t.role() == Turn.Role.USER)
            .findFirst()
            .map(Turn::text)
            .orElse(fallbackText == null ? "" : fallbackText);
    String title =
        SPEAKER
            .matcher(first)
            .replaceFirst("")
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .findFirst()
            .orElse("Decision from a Slack thread");
    return title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE - 1) + "…" : title;
  }

  /** Slack redirects this form of link to the thread in the reader's workspace. */
  static String permalink(String channel, String threadTs) {
    return "https://slack.com/archives/%s/p%s".formatted(channel, threadTs.replace(".", ""));
  }
}
