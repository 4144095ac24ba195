package dev.platformconsultant.adr;

import dev.platformconsultant.adr.NotesWording.Section;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout of meeting notes or a Slack thread transcript: headings (Markdown, bold, "Label:" on
 * its own line, or a section word alone: "Contexte"), the bullets and paragraphs under them, who
 * speaks. Lines wrapped by an editor join their paragraph; a speaker's line starts a new one.
 * Immutable once read, thread-safe.
 */
final class NotesLayout {
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*$");
  private static final Pattern BOLD_HEADING =
      Pattern.compile("^(?:\\*\\*|__)(.+?)(?:\\*\\*|__)\\s*:?$");
  private static final Pattern COLON_HEADING = Pattern.compile("^([^:]{2,50}?)\\s*:$");
  static final Pattern LABELLED =
      Pattern.compile("^([\\p{L}][\\p{L}'’ ]{1,28}?\\w?)\\s?:\\s+(.+)$");
  private static final Pattern BULLET =
      Pattern.compile("^(\\s*)([-*•+–−]|\\d{1,2}[.)]|[a-z][.)])\\s+(.+)$");
  private static final Pattern SLACK_SPEAKER =
      Pattern.compile("^(<@[A-Z0-9]+>|\\(consultant\\))\\s*:?\\s*");
  private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+>\\s*");
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d<(«\"“])");

  enum Kind {
    HEADING,
    BULLET,
    PARAGRAPH
  }

  /**
   * A heading, a bullet or a paragraph.
   *
   * @param section what the heading above it says the section holds (a heading: its own, or its
   *     parent's when it is a sub-heading)
   * @param marker a bullet's mark ("-", "+", "1."), empty for the others
   * @param nested a bullet under another bullet (indented more than the first of its list)
   * @param sub a heading inside a section that names none itself ("### Kafka" under "## Options",
   *     "Pros:"), or a block under such a heading
   * @param leading before any heading that names a section (the opening of a thread or of notes
   *     without headings)
   */
  record Block(
      Kind kind,
      Section section,
      String text,
      int indent,
      String marker,
      boolean nested,
      boolean sub,
      boolean leading) {}

  /**
   * A Markdown heading has its level; a label ("Options:", "**Pros**") is below them all, and a
   * label that names no section ("Pros:") below one that does ("Options:").
   */
  private static final int LABEL_LEVEL = 50;

  private final List<Block> blocks = new ArrayList<>();
  private final Set<String> participants = new LinkedHashSet<>();

  private NotesLayout() {}

  static NotesLayout of(String notes) {
    NotesLayout layout = new NotesLayout();
    layout.read(notes == null ? "" : notes);
    return layout;
  }

  List<Block> blocks() {
    return List.copyOf(blocks);
  }

  /** The block's text without who said it ("<@U1>: ", "Bob: ") and without Slack mentions. */
  String said(Block b) {
    String t = SLACK_SPEAKER.matcher(b.text().strip()).replaceFirst("");
    t = speaker(t).orElse(t);
    return MENTION.matcher(t).replaceAll("").strip();
  }

  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(text.strip())) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  // The reading's state, line after line; the layout is not shared until it is read.
  private Section section = Section.OTHER;
  private int sectionLevel = 0;
  private boolean sub = false;
  private boolean leading = true;
  private final StringBuilder paragraph = new StringBuilder();
  private Section paragraphSection = Section.OTHER;
  private int listIndent = -1;

  private void read(String notes) {
    for (String raw : notes.split("\\R")) {
      String line = raw.stripTrailing();
      Matcher bullet = BULLET.matcher(line);
      Optional<String> heading = heading(line.strip());
      Matcher labelled = LABELLED.matcher(line.strip());
      Block last = blocks.isEmpty() ? null : blocks.getLast();
      boolean continuesBullet =
          paragraph.isEmpty()
              && last != null
              && last.kind() == Kind.BULLET
              && !line.isBlank()
              && indent(line) > last.indent()
              && !bullet.matches();
      if (line.isBlank() || NotesWording.isMeta(line) || heading.isPresent() || bullet.matches()) {
        flush();
      }
      if (!line.isBlank() && !bullet.matches() && !continuesBullet) {
        // A blank line may separate a list's items; a heading or a paragraph ends the list.
        listIndent = -1;
      }
      if (line.isBlank()) {
        continue;
      }
      if (NotesWording.isMeta(line)) {
        readParticipants(line);
      } else if (heading.isPresent()) {
        heading(heading.get(), line.strip());
      } else if (bullet.matches()) {
        int indent = bullet.group(1).length();
        listIndent = listIndent < 0 ? indent : Math.min(listIndent, indent);
        add(Kind.BULLET, section, bullet.group(3).strip(), indent, bullet.group(2));
      } else if (continuesBullet) {
        blocks.removeLast();
        blocks.add(
            new Block(
                Kind.BULLET,
                last.section(),
                last.text() + " " + line.strip(),
                last.indent(),
                last.marker(),
                last.nested(),
                last.sub(),
                last.leading()));
      } else if (labelled.matches() && labelSection(labelled.group(1)).isPresent()) {
        // "Decision: Kafka", "Options : Kafka, RabbitMQ": a section of one line.
        Section own = labelSection(labelled.group(1)).orElseThrow();
        String text = labelled.group(2).strip();
        boolean list =
            own != Section.CONTEXT
                && own != Section.DECISION
                && labelled.group(1).strip().endsWith("s");
        boolean item = list || own == Section.OPTIONS;
        for (String one : list ? AdrDrafter.split(text) : List.of(text)) {
          add(item ? Kind.BULLET : Kind.PARAGRAPH, own, one, 0, item ? "*" : "");
        }
      } else {
        if (startsNewMessage(line.strip())) {
          flush();
        }
        if (paragraph.isEmpty()) {
          paragraphSection = section;
        }
        paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
      }
    }
    flush();
  }

  /**
   * A heading opens its section, unless it names none and sits below the section's heading: then it
   * is a sub-heading of it ("### Kafka" under "## Options", "Pros:" under "### Kafka").
   */
  private void heading(String text, String line) {
    // "### Option A: Kafka" is an option of the section it is in, not a section of options.
    Section own = OptionPhrases.isLabelled(text) ? Section.OTHER : NotesWording.section(text);
    int level = level(line, own);
    boolean inside = own == Section.OTHER && section != Section.OTHER && level > sectionLevel;
    if (!inside) {
      section = own;
      sectionLevel = own == Section.OTHER ? 0 : level;
      leading &= own == Section.OTHER;
    }
    sub = inside;
    blocks.add(new Block(Kind.HEADING, section, text, 0, "", false, sub, leading));
  }

  private static int level(String line, Section own) {
    if (MARKDOWN_HEADING.matcher(line).matches()) {
      return line.indexOf(' ');
    }
    return own == Section.OTHER ? LABEL_LEVEL : LABEL_LEVEL - 1;
  }

  private void add(Kind kind, Section in, String text, int indent, String marker) {
    boolean nested = kind == Kind.BULLET && listIndent >= 0 && indent > listIndent;
    blocks.add(new Block(kind, in, text, indent, marker, nested, sub, leading));
  }

  private void flush() {
    if (!paragraph.isEmpty()) {
      add(Kind.PARAGRAPH, paragraphSection, paragraph.toString(), 0, "");
      paragraph.setLength(0);
    }
  }

  private static Optional<String> heading(String line) {
    for (Pattern p : List.of(MARKDOWN_HEADING, BOLD_HEADING)) {
      Matcher m = p.matcher(line);
      if (m.matches()) {
        return Optional.of(m.group(1).strip());
      }
    }
    Matcher m = COLON_HEADING.matcher(line);
    if (m.matches() && m.group(1).split("\\s+").length <= 5 && !BULLET.matcher(line).matches()) {
      return Optional.of(m.group(1).strip());
    }
    return NotesWording.isBareHeading(line)
        ? Optional.of(line.replaceAll("[.:]+$", "").strip())
        : Optional.empty();
  }

  /** The section a "Label: text" line belongs to, when its label is a section's word. */
  private Optional<Section> labelSection(String label) {
    String l = label.strip();
    if (l.split("\\s+").length > 3 || participants.contains(l)) {
      return Optional.empty();
    }
    Section s = NotesWording.section(l);
    return s == Section.OTHER ? Optional.empty() : Optional.of(s);
  }

  /** "Present: Alice (platform), Bob (orders)": their names mark who speaks further down. */
  private void readParticipants(String line) {
    String list = line.substring(line.indexOf(':') + 1);
    for (String part : list.split("[,;]")) {
      String name = part.strip().split("[\\s(]", 2)[0];
      if (!name.isEmpty()) {
        participants.add(name);
      }
    }
  }

  /** A speaker's line, or any "Label: …" ("Pros: …", "Cons: …"), is a paragraph of its own. */
  private boolean startsNewMessage(String line) {
    Matcher labelled = LABELLED.matcher(line);
    return SLACK_SPEAKER.matcher(line).find()
        || labelled.matches() && labelled.group(1).strip().split("\\s+").length <= 2;
  }

  /**
   * What "Bob: …" or "Karim : …" says, for someone the notes list as present; "Résultat : …" is not
   * a speaker.
   */
  private Optional<String> speaker(String line) {
    Matcher m = LABELLED.matcher(line);
    return m.matches() && participants.contains(m.group(1).strip())
        ? Optional.of(m.group(2))
        : Optional.empty();
  }

  private static int indent(String line) {
    return line.length() - line.stripLeading().length();
  }
}
