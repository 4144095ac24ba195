package dev.platformconsultant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: what a renderer produces must equal a reviewed file kept in src/test/resources, so
 * a change in output is a diff someone read. A missing golden file fails the test: writing it
 * silently would pass whatever the renderer produced the first time. After a deliberate change,
 * regenerate with {@code -Dgolden.update=true}, then read the diff before committing.
 */
public final class Golden {
  private static final String UPDATE = "golden.update";

  private Golden() {}

  /**
   * Fails unless {@code actual} equals the golden file {@code name} (under src/test/resources);
   * with {@code -Dgolden.update=true}, (re)writes the file instead.
   */
  public static void assertMatches(String name, String actual) {
    Path golden = Path.of("src/test/resources", name);
    String test =
        StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
            .getCallerClass()
            .getSimpleName();
    String regenerate = "./mvnw -B -q test -Dtest=%s -Dgolden.update=true".formatted(test);
    try {
      if (Boolean.getBoolean(UPDATE)) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(golden)) {
        fail(
            "golden file %s is missing; create it with `%s`, read it, and commit it"
                .formatted(golden, regenerate));
      }
      // A checkout with CRLF line endings must not fail every golden test.
      String expected = Files.readString(golden, StandardCharsets.UTF_8).replace("\r\n", "\n");
      assertEquals(
          expected,
          actual,
          "output differs from golden file %s; if the change is deliberate, run `%s` and review the diff"
              .formatted(golden, regenerate));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
