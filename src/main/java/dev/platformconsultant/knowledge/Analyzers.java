package dev.platformconsultant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The two lexical analyses every text gets: English (possessives, Porter stemming) and French
 * (elision of l'/d'/qu', light stemming), both lower-cased with accents folded so "coûts" meets
 * "couts". A query is analysed both ways and matched against both, which is how a French question
 * finds an English passage through the documents' French aliases. Analyzers are thread-safe.
 */
final class Analyzers {
  /**
   * Question words carry no topic; left in, they make "how do we…" match every "how to" heading.
   */
  private static final List<String> ENGLISH_QUESTION_WORDS =
      List.of(
          "how", "what", "which", "why", "when", "where", "who", "should", "could", "would", "can",
          "do", "does", "did", "we", "our", "us", "you", "your", "i", "my", "me", "best", "way",
          "ways", "good", "any", "have", "has", "get", "need", "want", "them", "about", "from",
          "so", "some", "there", "here", "right", "really", "please", "thanks", "hi", "hello",
          "hey", "guys", "team", "make", "know", "think", "one", "much", "many", "lot", "more",
          "less");

  private static final List<String> FRENCH_QUESTION_WORDS =
      List.of(
          "comment",
          "quoi",
          "quel",
          "quelle",
          "quels",
          "quelles",
          "pourquoi",
          "quand",
          "faut",
          "faire",
          "peut",
          "peux",
          "doit",
          "devons",
          "devrait",
          "bonjour",
          "salut",
          "merci",
          "svp",
          "meilleur",
          "meilleure",
          "bon",
          "bonne",
          "chez",
          "combien",
          "vraiment",
          "avoir",
          "être",
          "etre",
          "mettre",
          "ya",
          "ça",
          "ca",
          "cela",
          "ceci",
          "voici",
          "aussi",
          "plus",
          "moins",
          "tout",
          "tous",
          "toutes",
          "équipe",
          "equipe",
          "nos",
          "notre",
          "vos",
          "votre");

  /**
   * One stop set for both analyses: questions and documents mix the two languages, and an English
   * "is" analysed the French way (or a French "les" the English way) would otherwise match every
   * passage.
   */
  private static final CharArraySet STOP_WORDS =
      stopSet(
          List.of(
              EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
              FrenchAnalyzer.getDefaultStopSet(),
              new CharArraySet(ENGLISH_QUESTION_WORDS, true),
              new CharArraySet(FRENCH_QUESTION_WORDS, true)));

  /**
   * Names the stemmers would merge with an unrelated word: "CIS" (the benchmarks) stems to "ci", so
   * "our CI is slow" found the CIS Benchmarks.
   */
  private static final CharArraySet UNSTEMMED = new CharArraySet(List.of("cis"), true);

  private static final CharArraySet ELISIONS =
      new CharArraySet(
          List.of(
              "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"),
          true);

  private Analyzers() {}

  static Analyzer english() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new ASCIIFoldingFilter(stream);
        stream = new SetKeywordMarkerFilter(stream, UNSTEMMED);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  static Analyzer french() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new ElisionFilter(source, ELISIONS);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new ASCIIFoldingFilter(stream);
        stream = new SetKeywordMarkerFilter(stream, UNSTEMMED);
        stream = new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  /** The distinct terms {@code analyzer} makes of {@code text}, in order. */
  static Set<String> terms(Analyzer analyzer, String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  private static CharArraySet stopSet(List<CharArraySet> sets) {
    CharArraySet all = new CharArraySet(1024, true);
    sets.forEach(all::addAll);
    return CharArraySet.unmodifiableSet(all);
  }
}
