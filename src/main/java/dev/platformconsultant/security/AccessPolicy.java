package dev.platformconsultant.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Who may ask, how often and how much: optional allow-lists of channels and users, a per-user limit
 * of requests per minute (a sliding window), and a maximum input size. Knows nothing of Slack: an
 * adapter asks {@link #check} before the core and shows the refusal. Thread-safe; time comes from
 * the ticker.
 */
public final class AccessPolicy {

  /** The policy's settings; empty allow-lists allow everyone. */
  public record Limits(
      Set<String> allowedChannels,
      Set<String> allowedUsers,
      int requestsPerMinute,
      int maxInputChars) {
    public Limits {
      allowedChannels = Set.copyOf(allowedChannels);
      allowedUsers = Set.copyOf(allowedUsers);
      if (requestsPerMinute < 1 || maxInputChars < 1) {
        throw new IllegalArgumentException(
            "limits must be positive: " + requestsPerMinute + ", " + maxInputChars);
      }
    }

    public static Limits open() {
      return new Limits(Set.of(), Set.of(), 10, 100_000);
    }
  }

  private final Limits limits;
  private final Ticker ticker;
  private final Cache<String, Deque<Long>> windows;
  private final Function<String, Set<String>> groupMembers;
  private final Cache<String, Set<String>> groups;

  public AccessPolicy(Limits limits, Ticker ticker) {
    this(limits, ticker, group -> Set.of());
  }

  /**
   * @param groupMembers the members of a user group (Slack ids starting with S in the user
   *     allow-list), asked at most every ten minutes per group
   */
  public AccessPolicy(Limits limits, Ticker ticker, Function<String, Set<String>> groupMembers) {
    this.limits = limits;
    this.ticker = ticker;
    this.windows =
        Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(5)).ticker(ticker).build();
    this.groupMembers = groupMembers;
    this.groups =
        Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(10)).ticker(ticker).build();
  }

  /** Whether the user is listed, directly or through one of the listed user groups. */
  private boolean allowedUser(String user) {
    if (limits.allowedUsers().isEmpty() || limits.allowedUsers().contains(user)) {
      return true;
    }
    for (String entry : limits.allowedUsers()) {
      if (entry.startsWith("S") && groups.get(entry, groupMembers).contains(user)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Empty when the request may go on; otherwise the polite reason to show the user. A request let
   * through counts against the user's rate.
   */
  public Optional<String> check(String user, String channel, int inputChars) {
    Optional<String> notAllowed = checkAllowed(user, channel);
    if (notAllowed.isPresent()) {
      return notAllowed;
    }
    if (inputChars > limits.maxInputChars()) {
      return Optional.of(
          "Your message is %,d characters; I read up to %,d. Please share the relevant part, or a file."
              .formatted(inputChars, limits.maxInputChars()));
    }
    if (!allowedNow(user)) {
      return Optional.of(
          "You have asked me %d questions in the last minute, my limit. Please wait a moment before the next one."
              .formatted(limits.requestsPerMinute()));
    }
    return Optional.empty();
  }

  /**
   * The allow-lists alone (for opening a form, which is not yet a request): empty when this user
   * may use the bot in this channel. Counts nothing against the rate.
   */
  public Optional<String> checkAllowed(String user, String channel) {
    if (!allowedUser(user)) {
      return Optional.of(
          "Sorry, I am only available to some teams in this workspace for now. Ask your platform team if you need access.");
    }
    if (channel != null
        && !channel.startsWith("D")
        && !limits.allowedChannels().isEmpty()
        && !limits.allowedChannels().contains(channel)) {
      return Optional.of(
          "Sorry, I am not enabled in this channel. You can ask me in a direct message, or in one of the channels I am enabled in.");
    }
    return Optional.empty();
  }

  private boolean allowedNow(String user) {
    long now = ticker.read();
    long windowStart = now - Duration.ofMinutes(1).toNanos();
    Deque<Long> window = windows.get(user == null ? "" : user, key -> new ArrayDeque<>());
    synchronized (window) {
      while (!window.isEmpty() && window.peekFirst() <= windowStart) {
        window.pollFirst();
      }
      if (window.size() >= limits.requestsPerMinute()) {
        return false;
      }
      window.addLast(now);
      return true;
    }
  }
}
