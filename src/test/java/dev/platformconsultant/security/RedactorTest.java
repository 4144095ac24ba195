package dev.platformconsultant.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The redaction table: src/test/resources/security/redaction-cases.tsv, positive and negative
 * cases.
 */
class RedactorTest {
  private static final Path CASES = Path.of("src/test/resources/security/redaction-cases.tsv");
  private final Redactor redactor = new Redactor();

  static Stream<Arguments> cases() throws IOException {
    return Files.readAllLines(CASES).stream()
        .filter(line -> !line.startsWith("#") && !line.isBlank())
        .map(line -> line.split("\t", 2))
        .map(parts -> Arguments.of(parts[0], parts[1].replace("\\n", "\n")));
  }

  @Test
  void theTableHasAtLeastFortyCasesEachWay() throws IOException {
    List<Arguments> all = cases().toList();
    long positive = all.stream().filter(a -> !a.get()[0].equals("-")).count();
    assertTrue(positive >= 40, "positive cases: " + positive);
    assertTrue(all.size() - positive >= 40, "negative cases: " + (all.size() - positive));
  }

  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @MethodSource("cases")
  void redactsWhatIsASecretAndNothingElse(String expected, String input) {
    Redactor.Result result = redactor.redact(input);

    if (expected.equals("-")) {
      assertEquals(input, result.text(), "nothing to redact");
      assertFalse(result.redacted());
    } else {
      assertTrue(
          result.found().containsKey(expected),
          "expected " + expected + ", found " + result.found() + " in " + result.text());
      assertTrue(result.text().contains("[REDACTED:" + expected + "]"), result.text());
    }
  }

  @Test
  void aDotEnvFullOfSecretsKeepsItsShapeButNoValue() {
    String env =
        """
        # orders service
        APP_NAME=orders
        PORT=8080
        DATABASE_URL=postgres://orders:S3cr3t-Orders-2026!@orders-db:5432/orders
        AWS_ACCESS_KEY_ID=AKIAZ3MKXQ7RWT4PLD2N
        AWS_SECRET_ACCESS_KEY=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
        SLACK_BOT_TOKEN=xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx
        STRIPE_SECRET_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc
        JWT_SECRET=Zm9vYmFyLXNlY3JldC1rZXktMjAyNg==
        LOG_LEVEL=info
        """;

    Redactor.Result result = redactor.redact(env);

    for (String secret :
        List.of(
            "S3cr3t-Orders-2026!",
            "AKIAZ3MKXQ7RWT4PLD2N",
            "wJalrXUtnFEMI",
            "xoxb-123456789012",
            "sk_live_4eC39",
            "Zm9vYmFy")) {
      assertFalse(result.text().contains(secret), secret + " leaked:\n" + result.text());
    }
    assertTrue(
        result.text().contains("APP_NAME=orders") && result.text().contains("LOG_LEVEL=info"));
    assertEquals(6, result.count(), result.found().toString());
    assertTrue(Redactor.notice(result).startsWith("6 secrets were redacted before processing ("));
  }
}
