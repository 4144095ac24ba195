package dev.platformconsultant.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fences user material in a prompt ({@code <design>…</design>}, {@code <file>…</file>}) so the
 * model reads it as data. A tag of the same name inside the material, in any case and with any
 * spacing ({@code </DESIGN >}, {@code < /design>}), would let the material close its own fence and
 * speak as instructions: such tags are escaped ({@code &lt;/design>}), which a model still reads as
 * text. Thread-safe.
 */
public final class Fence {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]*");
  private static final Map<String, Pattern> TAGS = new ConcurrentHashMap<>();

  private Fence() {}

  /**
   * {@code text} between an opening and a closing {@code tag}; {@code attributes} (already quoted,
   * may be empty) go in the opening tag.
   */
  public static String wrap(String tag, String attributes, String text) {
    String open = attributes.isBlank() ? "<" + tag + ">" : "<" + tag + " " + attributes + ">";
    return open + "\n" + neutralise(tag, text) + "\n</" + tag + ">";
  }

  public static String wrap(String tag, String text) {
    return wrap(tag, "", text);
  }

  /** {@code text} with every opening or closing {@code tag} escaped. */
  public static String neutralise(String tag, String text) {
    if (!NAME.matcher(tag).matches()) {
      throw new IllegalArgumentException("not a fence tag name: " + tag);
    }
    Pattern pattern =
        TAGS.computeIfAbsent(
            tag,
            t ->
                Pattern.compile(
                    "<(\\s*/?\\s*" + Pattern.quote(t) + "(?![a-z0-9_-]))",
                    Pattern.CASE_INSENSITIVE));
    return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement("&lt;" + m.group(1)));
  }

  /** An attribute value safe inside double quotes. */
  public static String attribute(String value) {
    return value.replace("\"", "'").replace("<", "‹").replace(">", "›").replace("\n", " ");
  }
}
