package dev.platformconsultant.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces credentials in text with typed placeholders ({@code [REDACTED:aws-access-key]}) before
 * the text reaches an LLM, a log or a file. The rules follow the shapes of gitleaks' default rule
 * set: provider tokens by their fixed prefixes, private key blocks, connection strings and URLs
 * with a password, and {@code password=}/{@code secret:} assignments whose value looks real (not a
 * placeholder such as {@code <your-token>} or {@code ${DB_PASSWORD}}, not an identifier).
 * Stateless, thread-safe.
 */
public final class Redactor {

  /** Redacted text and what was found, by rule, in order of first appearance. */
  public record Result(String text, Map<String, Integer> found) {
    public boolean redacted() {
      return !found.isEmpty();
    }

    public int count() {
      return found.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private record Rule(String id, Pattern pattern, int group) {}

  private static final List<Rule> RULES =
      List.of(
          rule(
              "private-key",
              "-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\\s\\S]{16,}?-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----",
              0),
          rule("gcp-service-account-key-id", "\"private_key_id\"\\s*:\\s*\"([a-f0-9]{40})\"", 1),
          rule("aws-access-key", "\\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\\b", 1),
          rule(
              "aws-secret-key",
              "(?i)\\baws_?secret(?:_?access)?_?key\\b[\"']?\\s*[:=]\\s*[\"']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])",
              1),
          rule(
              "azure-storage-key",
              "(?i)\\b(?:AccountKey|SharedAccessKey)=([A-Za-z0-9+/]{20,}={0,2})",
              1),
          rule(
              "github-token",
              "\\b((?:ghp|gho|ghu|ghs|ghr)_[0-9a-zA-Z]{36}|github_pat_[0-9a-zA-Z_]{82})\\b",
              1),
          rule("gitlab-token", "\\b(glpat-[0-9a-zA-Z_-]{20})(?![0-9a-zA-Z_-])", 1),
          rule(
              "slack-webhook",
              "(https://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{20,}(?:/[A-Za-z0-9+/]+)*)",
              1),
          rule(
              "slack-token",
              "\\b(xox[baprse]-[0-9A-Za-z-]{10,}|xapp-\\d-[A-Z0-9]+-\\d+-[a-z0-9]+)\\b",
              1),
          rule("stripe-key", "\\b((?:sk|rk)_(?:test|live|prod)_[0-9a-zA-Z]{10,99})\\b", 1),
          rule("anthropic-key", "\\b(sk-ant-(?:api|admin)\\d{2}-[A-Za-z0-9_-]{40,})", 1),
          rule(
              "openai-key",
              "\\b(sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}|sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,})",
              1),
          rule("gcp-api-key", "\\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])", 1),
          rule("npm-token", "\\b(npm_[a-zA-Z0-9]{36})\\b", 1),
          rule("pypi-token", "\\b(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})", 1),
          rule("jwt", "\\b(eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,})", 1),
          rule(
              "password-in-url",
              "\\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}://[^:/\\s@]{1,64}:([^@\\s/]{3,128})@",
              1),
          rule(
              "connection-string-password", "(?i)(?:^|[;\\s])(?:password|pwd)=([^;\\s'\"]{4,})", 1),
          rule(
              "password",
              "(?i)(?<![A-Za-z0-9_])[\"']?(?:[a-z0-9_]*_)?(?:password|passwd|pwd|passphrase|secret|client_secret|api_?key|access_?key|access_?token|auth_?token|private_?token|secret_?key)[\"']?\\s*(?:=|:|=>)\\s*[\"']?([^\\s\"',;]{6,})",
              1));

  /** Values that mean "put yours here", never a real secret. */
  private static final Set<String> PLACEHOLDERS =
      Set.of(
          "password",
          "passwd",
          "secret",
          "changeme",
          "change-me",
          "example",
          "redacted",
          "placeholder",
          "your-password",
          "yourpassword",
          "mypassword",
          "notasecret",
          "dummy",
          "sample",
          "null",
          "none",
          "undefined",
          "true",
          "false");

  private static Rule rule(String id, String regex, int group) {
    return new Rule(id, Pattern.compile(regex, Pattern.MULTILINE), group);
  }

  public Result redact(String text) {
    if (text == null || text.isEmpty()) {
      return new Result(text == null ? "" : text, Map.of());
    }
    Map<String, Integer> found = new LinkedHashMap<>();
    String out = text;
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(out);
      StringBuilder sb = new StringBuilder();
      int last = 0;
      while (m.find()) {
        String value = m.group(rule.group());
        if (value == null || value.startsWith("[REDACTED:") || !looksReal(rule.id(), value)) {
          continue;
        }
        int start = m.start(rule.group());
        int end = m.end(rule.group());
        sb.append(out, last, start).append("[REDACTED:").append(rule.id()).append(']');
        last = end;
        found.merge(rule.id(), 1, Integer::sum);
      }
      if (last > 0) {
        sb.append(out.substring(last));
        out = sb.toString();
      }
    }
    return new Result(out, found);
  }

  /** Whether a matched value is a credential rather than an example, a reference or a name. */
  static boolean looksReal(String rule, String value) {
    String v = value.strip();
    String lower = v.toLowerCase(Locale.ROOT);
    if (v.startsWith("<")
        || v.startsWith("$")
        || v.startsWith("{{")
        || v.startsWith("%")
        || v.startsWith("[")
        || lower.contains("example")
        || lower.contains("your")
        || lower.matches("x{4,}|\\*{3,}|\\.{3,}")) {
      return false;
    }
    if (PLACEHOLDERS.contains(lower)) {
      return false;
    }
    if (!rule.equals("password")
        && !rule.equals("connection-string-password")
        && !rule.equals("password-in-url")) {
      return true;
    }
    // Free-form assignments: a reference (os.environ[...], getPassword(), vault:...) or a plain
    // identifier is not a value; a real secret mixes character classes or is random-looking.
    if (v.contains("(")
        || v.contains(")")
        || v.contains("[")
        || v.contains("environ")
        || v.contains("getenv")
        || v.contains("process.env")
        || v.startsWith("/")
        || v.startsWith("./")
        || v.startsWith("~/")
        || v.startsWith("vault:")
        || v.startsWith("env:")
        || v.startsWith("secretref:")
        || v.matches("[A-Z][A-Z0-9_]*")
        || v.matches("[a-z]+(?:[._][a-z]+)+")) {
      return false;
    }
    boolean digit = v.chars().anyMatch(Character::isDigit);
    boolean letter = v.chars().anyMatch(Character::isLetter);
    boolean symbol =
        v.chars().anyMatch(c -> !Character.isLetterOrDigit(c) && c != '-' && c != '_' && c != '.');
    return (digit && letter) || (symbol && letter) || entropy(v) >= 4.0;
  }

  static double entropy(String s) {
    Map<Integer, Integer> counts = new java.util.HashMap<>();
    s.chars().forEach(c -> counts.merge(c, 1, Integer::sum));
    double h = 0;
    for (int n : counts.values()) {
      double p = (double) n / s.length();
      h -= p * (Math.log(p) / Math.log(2));
    }
    return h;
  }

  /** Redacts several texts of one request and adds up what was found, for one notice. */
  public Tally tally() {
    return new Tally();
  }

  /** Not thread-safe: one per request. */
  public final class Tally {
    private final Map<String, Integer> found = new LinkedHashMap<>();

    private Tally() {}

    public String apply(String text) {
      Result result = redact(text);
      result.found().forEach((k, n) -> found.merge(k, n, Integer::sum));
      return result.text();
    }

    public java.util.Optional<String> apply(java.util.Optional<String> text) {
      return text.map(this::apply);
    }

    public Result summary() {
      return new Result("", Map.copyOf(found));
    }
  }

  /** A sentence for the user: what was redacted, by type, never the values. */
  public static String notice(Result result) {
    List<String> kinds = new ArrayList<>();
    result.found().forEach((k, n) -> kinds.add(n > 1 ? k + " ×" + n : k));
    return "%d secret%s redacted before processing (%s)"
        .formatted(
            result.count(), result.count() > 1 ? "s were" : " was", String.join(", ", kinds));
  }
}
