package dev.platformconsultant.slack;

import com.slack.api.model.File;
import dev.platformconsultant.model.Fence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message with the files shared in it: each readable file fenced after the text, as data for the
 * model; the others named with the reason they could not be read, for the asker.
 */
final class AttachedFiles {
  private final SlackFiles files;

  AttachedFiles(SlackFiles files) {
    this.files = files;
  }

  /**
   * @param text the message's text and its readable files
   * @param unreadable mrkdwn naming the files not read and why, e.g. "*diagram.png*: it is a PNG
   *     file…"
   */
  record Material(String text, List<String> unreadable) {
    Material {
      unreadable = List.copyOf(unreadable);
    }

    /** The note that tells the asker which files were not read, if any. */
    Optional<String> unreadableNote() {
      return unreadable.isEmpty()
          ? Optional.empty()
          : Optional.of(":page_facing_up: I could not read " + String.join("; ", unreadable) + ".");
    }
  }

  Material read(String text, List<File> attached) {
    if (attached == null || attached.isEmpty()) {
      return new Material(text, List.of());
    }
    StringBuilder out = new StringBuilder(text);
    List<String> unreadable = new ArrayList<>();
    for (File file : attached) {
      switch (files.read(file)) {
        case SlackFiles.Text t ->
            out.append("\n\n")
                .append(
                    Fence.wrap("file", "name=\"" + Fence.attribute(t.name()) + "\"", t.content()));
        case SlackFiles.Refused r ->
            unreadable.add("*" + MrkdwnWriter.escape(r.name()) + "*: " + r.reason());
      }
    }
    return new Material(out.toString().strip(), unreadable);
  }
}
