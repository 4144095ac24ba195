package dev.platformconsultant.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells French from English in a short question, the two languages our teams write in. A word-list
 * score rather than a statistical model: questions are short and full of shared jargon ("SLO",
 * "Kubernetes"), where function words are the reliable signal. Thread-safe, stateless.
 */
public final class LanguageDetector {
  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
  private static final Set<String> FRENCH =
      Set.of(
          "le",
          "la",
          "les",
          "un",
          "une",
          "des",
          "du",
          "de",
          "et",
          "ou",
          "est",
          "sont",
          "nous",
          "vous",
          "notre",
          "nos",
          "votre",
          "vos",
          "pour",
          "avec",
          "dans",
          "sur",
          "par",
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
          "ce",
          "cette",
          "ces",
          "qui",
          "que",
          "qu",
          "il",
          "elle",
          "on",
          "je",
          "tu",
          "mon",
          "ma",
          "mes",
          "pas",
          "plus",
          "moins",
          "tres",
          "aussi",
          "mais",
          "donc",
          "entre",
          "sans",
          "avoir",
          "etre",
          "au",
          "aux",
          "leur",
          "leurs",
          "son",
          "sa",
          "ses",
          "bonjour",
          "merci",
          "salut",
          "svp",
          "chez",
          "comme",
          "combien",
          "deja",
          "encore",
          "toujours",
          "jamais",
          "ai",
          "as",
          "avons",
          "avez",
          "ont",
          "suis",
          "sommes",
          "etes",
          "ete",
          "fait",
          "cout",
          "couts",
          "equipe",
          "equipes",
          "mettre",
          "place",
          "y",
          "d",
          "l",
          "n",
          "j",
          "ca",
          "voici",
          "cela",
          "ceci",
          "selon",
          "apres",
          "avant");
  private static final Set<String> ENGLISH =
      Set.of(
          "the", "a", "an", "and", "or", "is", "are", "we", "you", "our", "your", "for", "with",
          "in", "on", "by", "how", "what", "which", "why", "when", "should", "could", "would",
          "can", "do", "does", "did", "this", "that", "these", "those", "who", "it", "they", "i",
          "my", "not", "more", "less", "very", "also", "but", "so", "between", "without", "have",
          "has", "be", "been", "to", "of", "at", "from", "their", "its", "hi", "hello", "thanks",
          "please", "any", "there", "about", "into", "them", "will", "need", "want", "best", "way",
          "us", "me", "if", "then", "than", "where", "get", "use", "using", "make");

  /** The language of {@code text}; English when there is no signal either way. */
  public Language detect(String text) {
    if (text == null || text.isBlank()) {
      return Language.EN;
    }
    String folded = fold(text);
    int french = 0;
    int english = 0;
    var words = WORD.matcher(folded);
    int seen = 0;
    while (words.find() && seen < 400) {
      seen++;
      for (String word : words.group().split("'")) {
        if (FRENCH.contains(word)) {
          french++;
        }
        if (ENGLISH.contains(word)) {
          english++;
        }
      }
    }
    // French-only letters are strong evidence even in a two-word question ("coûts k8s ?").
    if (text.matches("(?s).*[éèêàùçôîœÉÈÀÇ].*")) {
      french += 2;
    }
    return french > english ? Language.FR : Language.EN;
  }

  private static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }
}
