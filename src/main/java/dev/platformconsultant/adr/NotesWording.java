package dev.platformconsultant.adr;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words meeting notes use, in English and French, for what {@link NotesReader} looks for: the
 * kind of a section from its heading, a decision driver, an argument for or against, the baseline,
 * a decision taken and its reason. Word lists, not understanding: a sentence they miss is left out
 * of the draft rather than guessed at. Stateless, thread-safe.
 */
final class NotesWording {
  /** What a section of the notes holds, from its heading. */
  enum Section {
    CONTEXT,
    DRIVERS,
    OPTIONS,
    DISCUSSION,
    DECISION,
    /** Action items and next steps: who does what next is not part of the decision. */
    IGNORED,
    /** A heading that says nothing of its content (the meeting's title): read as discussion. */
    OTHER
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS;

  // Checked in this order: "Decision drivers" is a drivers heading, not a decision.
  private static final List<Map.Entry<Section, Pattern>> HEADINGS =
      List.of(
          Map.entry(
              Section.IGNORED,
              words(
                  """
          actions? | action items? | next steps? | to ?dos? | follow[- ]ups? | owners?
          open questions? | prochaines étapes | suite | à faire | suivi | questions ouvertes
          reste à faire
          """)),
          Map.entry(
              Section.DRIVERS,
              words(
                  """
          drivers? | criteria | requirements? | constraints? | needs | what we need
          must[- ]haves? | goals? | critères | contraintes? | exigences? | besoins? | objectifs?
          """)),
          Map.entry(
              Section.OPTIONS,
              words(
                  """
          options? | alternatives? | candidates? | choices | solutions? | pistes? | scénarios?
          scenarios?
          """)),
          Map.entry(
              Section.DECISION,
              words(
                  """
          decisions? | outcome | conclusions? | verdict | décisions? | arbitrage
          """)),
          Map.entry(
              Section.CONTEXT,
              words(
                  """
          context | background | problems? | problem statement | why | situation | current state
          today | contexte | problèmes? | problématique | enjeux? | constats? | existant
          aujourd'hui
          """)),
          Map.entry(
              Section.DISCUSSION,
              words(
                  """
          discussions? | notes? | pros and cons | pros/cons | arguments? | debate | échanges?
          débat | avis | compte[- ]rendu
          """)));

  private static final Pattern DRIVER =
      words(
          """
          we need | need to | needs to | must | has to | have to | required | requirements?
          constraints? | mandatory | non-negotiable | at least | at most | no more than | il faut
          il faudra | doit | doivent | devra | devront | devons | contraintes? | exigences?
          obligatoire | besoin | impératif | au moins | au plus | nécessaire | on veut
          nous voulons | pas plus d['’]
          """);

  /**
   * Phrases that read as an advantage although they hold a word of the negative list ("moins cher",
   * "no lock-in"); they are taken out before the negative words are counted.
   */
  private static final Pattern POSITIVE_PHRASE =
      words(
          """
          no lock-in | not expensive | no extra cost | less work | fewer moving parts | moins cher
          moins chère | pas cher | pas chère | coûte moins | coûtent moins | moins de ressources
          moins lourd | moins complexe | gros plus | un plus
          """);

  private static final Pattern POSITIVE =
      words(
          """
          gives? | giving | offers? | provides? | supports? | lets us | allows? | enables?
          simpler | simple | simplest | easier | easy | easiest | cheaper | cheapest | cheap
          faster | fast | better | best | already | mature | proven | natively | native
          out of the box | built[- ]in | nice | good | great | reliable | robust | scales?
          familiar | lighter | lightweight | fine | solves? | handles? | works well | integrates?
          composes? | advantage | benefits? | permet | permettent | permettrait | offre | offrent
          fournit | gère | supporte | plus simple | facile | plus facile | déjà | natif
          nativement | éprouvé | fiable | rapide | léger | légère | plus léger | intégré
          s['’]intègre | bien | mieux | meilleure? | adapté | pratique | avantages? | atout
          suffit | fully managed | serverless | entièrement géré | managé
          """);

  private static final Pattern NEGATIVE =
      words(
          """
          expensive | costly | costs? | pricey | lacks? | lacking | missing | no | not | never
          none | without | doesn['’]t | does not | don['’]t | isn['’]t | can['’]t | cannot
          won['’]t | harder | hard | difficult | complex | complicated | more work | overkill
          heavy | heavier | slower | slow | risks? | risky | worried | worries | concerns?
          loses? | losing | lost | lock-in | limited | unless | requires? | learning curve
          painful | fragile | brittle | immature | downsides? | drawbacks? | overhead | burden
          coûte | coûtent | coûteux | coûteuse | cher | chère | onéreux | manque | manquent | pas
          ne | n['’] | aucune? | sans | jamais | complexe | compliquée? | difficile | lourde?
          risques? | risqué | inquiète | perd | perdre | perte | limitée? | inconvénients?
          nécessite | oblige | usine à gaz | courbe d['’]apprentissage
          """);

  /** Keeping what exists, said as the subject of a clause ("keeping the cron job is cheap"). */
  private static final Pattern BASELINE_START =
      Pattern.compile(
          "^(keep|keeping|stay|staying|do nothing|doing nothing|status quo|as is|"
              + "garder|conserver|rester|statu quo|ne rien changer|on garde|on reste)\\b",
          FLAGS);

  private static final Pattern BASELINE_ANYWHERE =
      words(
          """
          status quo | current approach | current setup | current solution | statu quo
          l['’]existant | solution actuelle | approche actuelle
          """);

  private static final Pattern DECISION =
      words(
          """
          we decided | decided to | decision is | we['’]ll go with | we will go with | going with
          let['’]s go with | agreed | we chose | we picked | on part sur | nous partons sur
          on va partir sur | décidé | on retient | nous retenons | validé | on choisit
          nous choisissons | go pour | adopté
          """);

  private static final Pattern QUESTION =
      Pattern.compile(
          "^(do|does|did|should|shall|can|could|would|will|is|are|what|which|how|why|when|"
              + "faut-il|doit-on|peut-on|est-ce|quel|quelle|quels|quelles|comment|pourquoi)\\b",
          FLAGS);

  private static final Pattern REASON =
      Pattern.compile("\\b(because|since|as it|car|parce qu['’]?e?|puisqu['’]?e?)\\s+(.+)$", FLAGS);

  private static final Pattern META =
      Pattern.compile(
          "\\b(present|attendees|participants|présents?|absents?|excusés?)\\s*:|"
              + "^thread: channel |^a slack thread to turn into an adr\\.?$",
          FLAGS);

  private NotesWording() {}

  /** Whole words or phrases, one alternative between bars, in regex syntax ("offers?"). */
  private static Pattern words(String alternatives) {
    String any = String.join("|", alternatives.strip().split("\\s*[|\\n]\\s*"));
    // An alternative may end with an apostrophe ("n'", "pas plus d'"): the next letter is its
    // word's.
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])(" + any + ")(?:(?<=['’])|(?![\\p{L}\\p{N}]))", FLAGS);
  }

  /**
   * The kind of section a heading opens, {@link Section#OTHER} when its words say nothing. The word
   * must open the heading ("Considered options", "Decision drivers"): further on it is a meeting's
   * title ("CI platform - decision meeting").
   */
  static Section section(String heading) {
    String[] words =
        heading.toLowerCase(Locale.ROOT).replaceAll("[*_#:]", " ").strip().split("\\s+");
    String text = String.join(" ", Arrays.copyOf(words, Math.min(3, words.length)));
    for (Map.Entry<Section, Pattern> kind : HEADINGS) {
      if (kind.getValue().matcher(text).find()) {
        return kind.getKey();
      }
    }
    return Section.OTHER;
  }

  /**
   * Whether a line with no heading mark is still a heading: a section word alone on its line
   * ("Contexte", "Prochaines étapes"). A line of more words could be a sentence about options.
   */
  static boolean isBareHeading(String line) {
    String text = line.strip().replaceAll("[.:]+$", "").strip().toLowerCase(Locale.ROOT);
    return text.split("\\s+").length <= 3
        && !text.contains(":")
        && section(text) != Section.OTHER
        && HEADINGS.stream().anyMatch(h -> opens(h.getValue(), text));
  }

  private static boolean opens(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() && m.start() == 0;
  }

  static boolean isMeta(String line) {
    return META.matcher(line.strip()).find();
  }

  static boolean isDriver(String sentence) {
    return DRIVER.matcher(sentence).find();
  }

  /** A question asked ("Do we need replay?"), which is no driver until someone answers it. */
  static boolean isQuestion(String sentence) {
    return QUESTION.matcher(sentence.strip()).find() && sentence.strip().endsWith("?");
  }

  static boolean isDecision(String sentence) {
    return DECISION.matcher(sentence).find();
  }

  /** Whether a clause is about keeping what exists. */
  static boolean isBaseline(String clause) {
    return BASELINE_START.matcher(clause.strip()).find()
        || BASELINE_ANYWHERE.matcher(clause).find();
  }

  /**
   * Positive for an advantage, negative for a drawback, 0 for neither (a fact, a question). A
   * clause with as many drawback words as advantage words is a drawback: "not good" counts one of
   * each.
   */
  static int sentiment(String clause) {
    Matcher phrases = POSITIVE_PHRASE.matcher(clause);
    int positive = 0;
    while (phrases.find()) {
      positive++;
    }
    String rest = POSITIVE_PHRASE.matcher(clause).replaceAll(" ");
    positive += count(POSITIVE, rest);
    int negative = count(NEGATIVE, rest);
    if (negative > 0 && negative >= positive) {
      return -1;
    }
    return positive > 0 ? 1 : 0;
  }

  private static int count(Pattern p, String text) {
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** What follows "because" / "car" in a sentence stating a decision, if anything. */
  static String reason(String sentence) {
    Matcher m = REASON.matcher(sentence);
    return m.find() ? m.group(2).strip() : "";
  }
}
