package dev.platformconsultant.adr;

import dev.platformconsultant.adr.DecisionNotes.NotedOption;
import dev.platformconsultant.adr.NotesLayout.Block;
import dev.platformconsultant.adr.NotesLayout.Kind;
import dev.platformconsultant.adr.NotesWording.Section;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads meeting notes or a Slack thread transcript ("Participants: …", then "<@U1>: text" lines)
 * for what an ADR needs, without a model: sections by their headings (Context, Drivers, Options,
 * Discussion… in English or French), options from an options list, "X vs Y" or "X or Y?", and the
 * arguments of a discussion as sentences naming an option with words for or against it. Whatever it
 * cannot place is left out: the notes stay the team's record, the draft only what is clear.
 *
 * <pre>{@code
 * DecisionNotes notes = NotesReader.read("Use Kafka for order events", text, List.of("Kafka"));
 * }</pre>
 *
 * One instance reads one text; use {@link #read}. Not thread-safe, never shared.
 */
final class NotesReader {
  private static final Pattern CLAUSE =
      Pattern.compile(
          "(?i)\\s*;\\s*|,?\\s*\\b(?:but|however|whereas|although|mais|cependant|par contre|alors"
              + " que|tandis que)\\b\\s*");
  private static final Pattern CONNECTOR = Pattern.compile("(?i)^(?:and|also|et|aussi|puis)\\s+");
  private static final Pattern POLARITY =
      Pattern.compile(
          "(?iU)^(pros?|cons?|advantages?|drawbacks?|downsides?|avantages?|inconvénients?|pour|contre)"
              + "\\s?:\\s*(.*)$");
  private static final Pattern VERB_FIRST =
      Pattern.compile(
          "(?iU)^(has|have|is|are|was|needs?|lacks?|requires?|costs?|gives?|offers?|supports?|"
              + "doesn['’]t|does not|can['’]t|cannot|won['’]t|est|n['’]a|n['’]est|coûte|permet|"
              + "offre|gère|manque|demande|nécessite)\\b");
  private static final Pattern LIST_ITEM = Pattern.compile("\\s*[;,]\\s*(?![^(]*\\))");

  /** An option while the notes are read: arguments are added as they are found. */
  private static final class Option {
    final String name;
    String description = "";
    final List<String> aliases = new ArrayList<>();
    final List<String> pros = new ArrayList<>();
    final List<String> cons = new ArrayList<>();

    Option(String name) {
      this.name = name;
    }

    NotedOption record() {
      return new NotedOption(name, description, aliases, pros, cons);
    }
  }

  private final NotesLayout layout;
  private final List<Block> blocks;
  private final List<Option> options = new ArrayList<>();
  private final Option baseline = new Option("");
  private final Set<String> context = new LinkedHashSet<>();
  private final Set<String> leadingContext = new LinkedHashSet<>();
  private final Set<String> drivers = new LinkedHashSet<>();
  private final Set<String> decisions = new LinkedHashSet<>();

  private NotesReader(NotesLayout layout) {
    this.layout = layout;
    this.blocks = layout.blocks();
  }

  /**
   * What {@code notes} say about the decision {@code title}.
   *
   * @param given the options the requester named, kept first and in their order
   */
  static DecisionNotes read(String title, String notes, List<String> given) {
    NotesReader reader = new NotesReader(NotesLayout.of(notes));
    given.forEach(name -> reader.option(OptionPhrases.item(name)));
    reader.findOptions(title);
    reader.blocks.forEach(reader::classify);
    List<String> context =
        reader.context.isEmpty() ? List.copyOf(reader.leadingContext) : List.copyOf(reader.context);
    return new DecisionNotes(
        context,
        List.copyOf(reader.drivers),
        reader.options.stream().map(Option::record).toList(),
        reader.baseline.record(),
        List.copyOf(reader.decisions));
  }

  /** Every way the notes name options, before any argument is read. */
  private void findOptions(String title) {
    OptionPhrases.compared(title).forEach(n -> option(OptionPhrases.item(n)));
    for (Block b : blocks) {
      if (b.section() == Section.IGNORED) {
        continue;
      }
      if (isOptionItem(b)) {
        option(OptionPhrases.item(b.text()));
      } else {
        for (String s : NotesLayout.sentences(layout.said(b))) {
          OptionPhrases.compared(s).forEach(n -> option(OptionPhrases.item(n)));
        }
      }
    }
  }

  /**
   * An item of an options list, or a sub-heading of an options section ("### Kafka"); what is
   * nested or written under it argues about it.
   */
  private static boolean isOptionItem(Block b) {
    if (b.section() != Section.OPTIONS) {
      return false;
    }
    return b.kind() == Kind.HEADING
        ? b.sub() && polarity(b.text()) == 0
        : b.kind() == Kind.BULLET && !b.nested() && !b.sub();
  }

  /** +1 for "Pros:", -1 for "Cons:" (or "Avantages :", "Inconvénients :"), 0 otherwise. */
  private static int polarity(String text) {
    Matcher m = POLARITY.matcher(text.strip() + (text.strip().endsWith(":") ? "" : ":"));
    if (!m.matches()) {
      return 0;
    }
    String word = m.group(1).toLowerCase(Locale.ROOT);
    return word.startsWith("pro")
            || word.startsWith("adv")
            || word.startsWith("ava")
            || word.equals("pour")
        ? 1
        : -1;
  }

  /** Adds an option, or what the notes add to one already named (its description, aliases). */
  private void option(OptionPhrases.Item item) {
    if (NotesWording.isBaseline(item.name())) {
      if (baseline.description.isEmpty()) {
        baseline.description =
            OptionPhrases.sentence(
                item.name()
                    + (item.description().isEmpty()
                        ? ""
                        : " (" + OptionPhrases.trimEnd(item.description()) + ")"));
      }
      return;
    }
    String name = item.name().strip();
    if (name.isEmpty()) {
      return;
    }
    Option known = options.stream().filter(o -> sameOption(o, name)).findFirst().orElse(null);
    if (known == null) {
      known = new Option(name);
      options.add(known);
    }
    if (known.description.isEmpty()) {
      // "RabbitMQ on Amazon MQ" for the requester's "RabbitMQ": the notes' whole wording describes.
      known.description =
          name.equals(known.name)
              ? item.description()
              : OptionPhrases.sentence(
                  name + (item.description().isEmpty() ? "" : ": " + item.description()));
    }
    for (String alias : item.aliases()) {
      if (!known.aliases.contains(alias)) {
        known.aliases.add(alias);
      }
    }
  }

  private static boolean sameOption(Option o, String name) {
    String a = o.name.toLowerCase(Locale.ROOT);
    String b = name.toLowerCase(Locale.ROOT);
    return a.equals(b)
        || b.startsWith(a + " ")
        || a.startsWith(b + " ")
        || o.aliases.stream().anyMatch(x -> x.equalsIgnoreCase(name));
  }

  private void classify(Block b) {
    if (b.kind() == Kind.HEADING) {
      return;
    }
    String said = layout.said(b);
    switch (b.section()) {
      case IGNORED -> {}
      case CONTEXT -> context.addAll(NotesLayout.sentences(said));
      case DRIVERS -> {
        for (String s : b.kind() == Kind.BULLET ? List.of(said) : NotesLayout.sentences(said)) {
          if (!s.endsWith(":")) {
            drivers.add(OptionPhrases.sentence(s).replaceAll("\\.$", ""));
          }
        }
      }
      case DECISION -> decisions.addAll(NotesLayout.sentences(said));
      default -> {
        if (!isOptionItem(b)) {
          discuss(b, said);
        }
      }
    }
  }

  /** A discussion's bullet or paragraph: arguments, then drivers, decisions and the problem. */
  private void discuss(Block b, String said) {
    String text = said;
    Option subject = parentOption(b).or(() -> headingOption(b)).orElse(null);
    int forced = headingPolarity(b);
    Matcher labelled = POLARITY.matcher(text);
    if (labelled.matches() && polarity(text) != 0) {
      // "Pros: replay; ordering per key": each item is an argument.
      forced = polarity(text);
      for (String item : LIST_ITEM.split(labelled.group(2))) {
        argue(subject, item, forced, false);
      }
      return;
    }
    // "Kafka: replay out of the box": the option is the subject of what follows.
    Matcher prefix = NotesLayout.LABELLED.matcher(text);
    if (prefix.matches() && mentioned(prefix.group(1)).isPresent()) {
      subject = mentioned(prefix.group(1)).orElseThrow();
      text = prefix.group(2);
    }
    if (b.nested() && b.marker().equals("+")) {
      forced = 1;
    }
    boolean first = blocks.stream().filter(x -> x.kind() != Kind.HEADING).findFirst().get() == b;
    for (String sentence : NotesLayout.sentences(text)) {
      if (NotesWording.isDecision(sentence)) {
        decisions.add(sentence);
        continue;
      }
      boolean argued = false;
      boolean continued = false;
      for (String clause : CLAUSE.split(sentence)) {
        String c = OptionPhrases.trimEnd(clause).replaceAll("[!?]+$", "");
        if (c.isBlank()) {
          continue;
        }
        subject = mentioned(c).orElse(NotesWording.isBaseline(c) ? baseline : subject);
        int sentiment = forced != 0 ? forced : NotesWording.sentiment(c);
        if (sentiment == 0 && prosAndConsList(b)) {
          sentiment = -1;
        }
        argued |= argue(subject, c, sentiment, continued);
        continued = true;
      }
      if (argued) {
        continue;
      }
      long named =
          options.stream()
              .filter(o -> OptionPhrases.position(sentence, o.name, o.aliases) >= 0)
              .count();
      if (NotesWording.isDriver(sentence)
          && named == 0
          && !NotesWording.isBaseline(sentence)
          && !NotesWording.isQuestion(sentence)) {
        drivers.add(OptionPhrases.sentence(sentence).replaceAll("\\.$", ""));
      } else if (first && b.leading() && named != 1 && !OptionPhrases.listsOptions(sentence)) {
        // The opening frames the problem; a sentence on one option there is an argument this
        // reader could not place, and "Options are X or Y" is already in the options.
        leadingContext.add(sentence);
      }
    }
  }

  /**
   * Adds {@code clause} to the subject's pros or cons; false when there is no subject or side.
   *
   * @param continued the clause follows another of its sentence ("…, but has no replay")
   */
  private boolean argue(Option subject, String clause, int sentiment, boolean continued) {
    String c = CONNECTOR.matcher(OptionPhrases.trimEnd(clause)).replaceFirst("");
    if (subject == null || sentiment == 0 || c.isBlank()) {
      return false;
    }
    if (continued && !subject.name.isEmpty() && VERB_FIRST.matcher(c).find()) {
      // "RabbitMQ is easier to operate but has no replay": the second clause says whose.
      c = subject.name + " " + c;
    }
    (sentiment > 0 ? subject.pros : subject.cons).add(c);
    return true;
  }

  /**
   * The option whose sub-heading a block is under ("### Kafka", then "Pros:"), if the sub-heading
   * names one; the baseline for "### Stay on Jenkins".
   */
  private Optional<Option> headingOption(Block b) {
    for (int i = blocks.indexOf(b) - 1; i >= 0 && b.sub(); i--) {
      Block up = blocks.get(i);
      if (up.kind() != Kind.HEADING || polarity(up.text()) != 0) {
        continue;
      }
      if (!up.sub()) {
        break;
      }
      Optional<Option> named = mentioned(OptionPhrases.item(up.text()).name());
      return named.isPresent() || !NotesWording.isBaseline(up.text())
          ? named
          : Optional.of(baseline);
    }
    return Optional.empty();
  }

  /** +1 under a "Pros:" sub-heading, -1 under "Cons:", 0 elsewhere. */
  private int headingPolarity(Block b) {
    for (int i = blocks.indexOf(b) - 1; i >= 0 && b.sub(); i--) {
      Block up = blocks.get(i);
      if (up.kind() == Kind.HEADING) {
        return polarity(up.text());
      }
    }
    return 0;
  }

  /**
   * A "-" under an option among "+" items is a drawback even without a word against it: "+ a UI",
   * "- Redis to run".
   */
  private boolean prosAndConsList(Block b) {
    return b.section() == Section.OPTIONS
        && b.nested()
        && List.of("-", "–", "−").contains(b.marker())
        && blocks.stream().anyMatch(x -> x.section() == Section.OPTIONS && x.marker().equals("+"));
  }

  /** The option a nested bullet is under: "1. Argo CD" then "+ a UI for developers". */
  private Optional<Option> parentOption(Block b) {
    for (int i = blocks.indexOf(b) - 1; i >= 0 && b.nested(); i--) {
      Block up = blocks.get(i);
      if (up.kind() != Kind.BULLET) {
        break;
      }
      if (up.indent() < b.indent()) {
        Optional<Option> named = mentioned(OptionPhrases.item(up.text()).name());
        return named.isPresent() || !NotesWording.isBaseline(up.text())
            ? named
            : Optional.of(baseline);
      }
    }
    return Optional.empty();
  }

  /** The option a text names first, by its name or an alias. */
  private Optional<Option> mentioned(String text) {
    Option best = null;
    int at = Integer.MAX_VALUE;
    for (Option o : options) {
      int p = OptionPhrases.position(text, o.name, o.aliases);
      if (p >= 0 && p < at) {
        at = p;
        best = o;
      }
    }
    return Optional.ofNullable(best);
  }
}
