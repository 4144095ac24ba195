package dev.platformconsultant.consultant;

import dev.platformconsultant.text.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the offline answer reads questions and headings with, loaded from {@code
 * offline/cues.txt} (data, so that a new heading name or a question form is one line, not code):
 * the question's {@link Intent}, a heading's roles, how well each role answers each intent, which
 * sentences are instructions and which lines are figures. Immutable, thread-safe.
 */
final class AnswerCues {
  static final String RESOURCE = "/offline/cues.txt";

  /** A role no heading cue matched. */
  static final String OTHER = "other";

  private record WeightedCue(String phrase, double weight) {}

  private final Map<Intent, List<WeightedCue>> questionCues = new EnumMap<>(Intent.class);
  private final Map<String, List<String>> headingCues = new HashMap<>();
  private final Map<Intent, Map<String, Double>> preferences = new EnumMap<>(Intent.class);
  private final Map<Language, Set<String>> imperatives = new EnumMap<>(Language.class);
  private final Map<Language, List<String>> figures = new EnumMap<>(Language.class);
  private final Map<Language, List<String>> numbers = new EnumMap<>(Language.class);

  private AnswerCues(List<String> lines) {
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("cue line without ':': " + line);
      }
      String[] head = line.substring(0, colon).strip().split("\\s+");
      List<String> values =
          java.util.Arrays.stream(line.substring(colon + 1).split("\\|"))
              .map(String::strip)
              .filter(v -> !v.isEmpty())
              .toList();
      switch (head[0]) {
        case "question" -> {
          double weight = Double.parseDouble(head[2]);
          values.forEach(
              v ->
                  questionCues
                      .computeIfAbsent(intent(head[1]), i -> new ArrayList<>())
                      .add(new WeightedCue(normalized(v), weight)));
        }
        case "heading" ->
            headingCues.put(head[1], values.stream().map(AnswerCues::normalized).toList());
        case "prefer" -> {
          Map<String, Double> weights = new HashMap<>();
          for (String v : values) {
            String[] roleWeight = v.split("\\s+");
            weights.put(roleWeight[0], Double.parseDouble(roleWeight[1]));
          }
          preferences.put(intent(head[1]), weights);
        }
        case "imperative" -> imperatives.put(language(head[1]), new java.util.HashSet<>(values));
        case "figure" ->
            figures.put(language(head[1]), values.stream().map(AnswerCues::normalized).toList());
        case "number" ->
            numbers.put(language(head[1]), values.stream().map(AnswerCues::normalized).toList());
        default -> throw new IllegalArgumentException("unknown cue kind: " + line);
      }
    }
  }

  /** The shipped cues. */
  static AnswerCues shipped() {
    try (InputStream in = AnswerCues.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return new AnswerCues(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The intent whose cues weigh most in {@code question}; {@link Intent#DO} when none match. */
  Intent intentOf(String question) {
    String text = normalized(question);
    Intent best = Intent.DO;
    double bestWeight = 0;
    for (Intent intent : Intent.values()) {
      double weight =
          questionCues.getOrDefault(intent, List.of()).stream()
              .filter(cue -> text.contains(cue.phrase()))
              .mapToDouble(WeightedCue::weight)
              .sum();
      if (weight > bestWeight) {
        best = intent;
        bestWeight = weight;
      }
    }
    return best;
  }

  /** The roles of a section, from its heading path; {@value #OTHER} when no cue matches. */
  Set<String> rolesOf(String heading) {
    String text = normalized(heading);
    Set<String> roles = new LinkedHashSet<>();
    headingCues.forEach(
        (role, cues) -> {
          if (cues.stream().anyMatch(text::contains)) {
            roles.add(role);
          }
        });
    if (roles.isEmpty()) {
      roles.add(OTHER);
    }
    return roles;
  }

  /** How well a section with these roles answers {@code intent}: its best role's weight. */
  double fit(Intent intent, Set<String> roles) {
    Map<String, Double> weights = preferences.getOrDefault(intent, Map.of());
    return roles.stream().mapToDouble(r -> weights.getOrDefault(r, 0.0)).max().orElse(0);
  }

  /** Whether a sentence is an instruction: it opens with an imperative ("Start with…"). */
  boolean imperative(String sentence, Language language) {
    // Hyphens and apostrophes kept: "right-size" is one verb, "N'utilisez" two words.
    String first = fold(sentence.replaceAll("^[^\\p{L}]+", "")).split("[^a-z0-9-]", 2)[0];
    if (first.isEmpty()) {
      return false;
    }
    if (language == Language.FR) {
      // "Rendez-le", "Gardez-les": the verb before its pronoun.
      String verb = first.replaceFirst("-(le|la|les|lui|leur|nous|vous|en|y|moi)$", "");
      return (verb.endsWith("ez") && verb.length() > 4)
          || imperatives.getOrDefault(Language.FR, Set.of()).contains(first);
    }
    return imperatives.getOrDefault(Language.EN, Set.of()).contains(first);
  }

  /**
   * Whether a line gives a figure or a target: a digit, or a word such as "under" or "target" with
   * a number word soon after ("target: under one day").
   */
  boolean figure(String line, Language language) {
    // Percentiles (p50, p95/p99) name what to measure and years date a fact: neither is a target.
    if (line.replaceAll("(?i)\\bp\\d{2}(?:/p?\\d{2})*\\b", "")
        .replaceAll("\\b(19|20)\\d{2}\\b", "")
        .chars()
        .anyMatch(Character::isDigit)) {
      return true;
    }
    String text = normalized(line);
    for (String cue : figures.getOrDefault(language, List.of())) {
      int at = text.indexOf(cue);
      if (at < 0) {
        continue;
      }
      String[] after = text.substring(at + cue.length()).strip().split(" ");
      String window =
          " " + String.join(" ", List.of(after).subList(0, Math.min(3, after.length))) + " ";
      if (numbers.getOrDefault(language, List.of()).stream().anyMatch(window::contains)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lower-case, accents folded, anything but letters and digits a space, padded with spaces so that
   * {@code contains(" cue ")} matches whole words only.
   */
  static String normalized(String text) {
    return " " + fold(text).replaceAll("[^a-z0-9]+", " ").strip() + " ";
  }

  private static String fold(String text) {
    return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "");
  }

  private static Intent intent(String name) {
    return Intent.valueOf(name.toUpperCase(Locale.ROOT));
  }

  private static Language language(String code) {
    return Language.valueOf(code.toUpperCase(Locale.ROOT));
  }
}
