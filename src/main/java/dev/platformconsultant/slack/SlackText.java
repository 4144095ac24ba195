package dev.platformconsultant.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a Slack message's text (mrkdwn with entities) into what a person wrote. */
final class SlackText {
  private static final Pattern LINK = Pattern.compile("<(https?://[^|>]+)\\|([^>]+)>");
  private static final Pattern BARE_LINK = Pattern.compile("<(https?://[^|>]+)>");
  private static final Pattern CHANNEL = Pattern.compile("<#[A-Z0-9]+\\|([^>]*)>");
  private static final Pattern SPECIAL = Pattern.compile("<!(here|channel|everyone)[^>]*>");

  private SlackText() {}

  /**
   * The text without mentions of the bot, with links and channels readable and entities decoded.
   */
  static String question(String text, String botUserId) {
    if (text == null) {
      return "";
    }
    String out = botUserId == null ? text : text.replace("<@" + botUserId + ">", " ");
    out =
        LINK.matcher(out)
            .replaceAll(m -> Matcher.quoteReplacement(m.group(2) + " (" + m.group(1) + ")"));
    out = BARE_LINK.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    out = CHANNEL.matcher(out).replaceAll(m -> Matcher.quoteReplacement("#" + m.group(1)));
    out = SPECIAL.matcher(out).replaceAll(m -> Matcher.quoteReplacement("@" + m.group(1)));
    out = out.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return out.strip();
  }
}
