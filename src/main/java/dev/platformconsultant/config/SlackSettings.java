package dev.platformconsultant.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How to reach Slack. Read with the rest of the settings, but only validated ({@link #problems()})
 * when the Slack app starts: the command line needs none of it.
 *
 * @param apiUrl overrides the Web API base URL (a stand-in Slack for tests and benchmarks)
 * @param port the HTTP port: Slack's requests in HTTP mode, health checks in both modes
 * @param storeFeedbackText whether the feedback log keeps the question's text (off: ids only)
 * @param limits who may ask, how often and how much
 * @param admins user ids allowed to see usage and cost ({@code /consult usage})
 * @param shutdownGrace how long work in hand may run after SIGTERM (keep it under the platform's
 *     own grace period: Kubernetes kills after 30 s by default)
 */
public record SlackSettings(
    Mode mode,
    Optional<String> botToken,
    Optional<String> appToken,
    Optional<String> signingSecret,
    int port,
    Optional<String> apiUrl,
    Commands commands,
    boolean storeFeedbackText,
    dev.platformconsultant.security.AccessPolicy.Limits limits,
    java.util.Set<String> admins,
    java.time.Duration shutdownGrace) {

  public enum Mode {
    SOCKET,
    HTTP
  }

  /** Slash command names, configurable because a workspace may already use /consult or /adr. */
  public record Commands(String consult, String review, String adr) {}

  /** One line per missing or unusable variable, naming where to get it; empty when ready. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (botToken.isEmpty()) {
      problems.add(
          "SLACK_BOT_TOKEN is not set: copy the Bot User OAuth Token (xoxb-...) from your app's OAuth & Permissions page");
    } else if (!botToken.get().startsWith("xoxb-")) {
      problems.add("SLACK_BOT_TOKEN does not look like a bot token: it starts with xoxb-");
    }
    if (mode == Mode.SOCKET) {
      if (appToken.isEmpty()) {
        problems.add(
            "SLACK_APP_TOKEN is not set: create an App-Level Token with the connections:write scope on your app's Basic Information page (xapp-...), or set SLACK_MODE=http");
      } else if (!appToken.get().startsWith("xapp-")) {
        problems.add("SLACK_APP_TOKEN does not look like an app-level token: it starts with xapp-");
      }
    }
    if (mode == Mode.HTTP && signingSecret.isEmpty()) {
      problems.add(
          "SLACK_SIGNING_SECRET is not set: copy the Signing Secret from your app's Basic Information page");
    }
    return problems;
  }

  @Override
  public String toString() {
    return "SlackSettings[mode=%s, botToken=%s, appToken=%s, signingSecret=%s, port=%d, apiUrl=%s, commands=%s]"
        .formatted(
            mode,
            set(botToken),
            set(appToken),
            set(signingSecret),
            port,
            apiUrl.orElse("(default)"),
            commands);
  }

  private static String set(Optional<String> secret) {
    return secret.isPresent() ? "(set)" : "(none)";
  }
}
