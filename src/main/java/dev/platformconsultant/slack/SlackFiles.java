package dev.platformconsultant.slack;

import com.slack.api.model.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a file shared with the bot (a design, notes, code) with the bot token: text only, at most 1
 * MB. Anything else gets a reason the user can act on instead of its content.
 */
final class SlackFiles {
  static final long MAX_BYTES = 1_000_000;
  private static final Set<String> TEXT_TYPES =
      Set.of(
          "text",
          "markdown",
          "md",
          "txt",
          "plain",
          "yaml",
          "yml",
          "json",
          "xml",
          "csv",
          "java",
          "kotlin",
          "go",
          "python",
          "javascript",
          "typescript",
          "shell",
          "sh",
          "terraform",
          "hcl",
          "sql",
          "dockerfile",
          "toml",
          "ini",
          "properties",
          "rust",
          "ruby",
          "php",
          "c",
          "cpp",
          "csharp",
          "scala",
          "groovy",
          "html",
          "css",
          "diff",
          "post");

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
  private final String botToken;

  SlackFiles(String botToken) {
    this.botToken = botToken;
  }

  /** A file's text, or why it could not be read. */
  sealed interface Read permits Text, Refused {}

  record Text(String name, String content) implements Read {}

  record Refused(String name, String reason) implements Read {}

  Read read(File file) {
    String name = file.getName() == null ? "file" : file.getName();
    if (file.getSize() != null && file.getSize() > MAX_BYTES) {
      return new Refused(
          name, "it is %,d bytes; I read text files up to 1 MB".formatted(file.getSize()));
    }
    if (!looksLikeText(file)) {
      return new Refused(
          name,
          "it is a %s file; I read text, Markdown and code files"
              .formatted(file.getPrettyType() != null ? file.getPrettyType() : file.getFiletype()));
    }
    String url =
        file.getUrlPrivateDownload() != null ? file.getUrlPrivateDownload() : file.getUrlPrivate();
    if (url == null) {
      return new Refused(name, "Slack gave no download link for it");
    }
    try {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url))
                  .header("Authorization", "Bearer " + botToken)
                  .timeout(Duration.ofSeconds(30))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        return new Refused(
            name,
            "downloading it failed (HTTP %d); is the app in this channel?"
                .formatted(response.statusCode()));
      }
      byte[] bytes = response.body();
      if (bytes.length > MAX_BYTES) {
        return new Refused(
            name, "it is %,d bytes; I read text files up to 1 MB".formatted(bytes.length));
      }
      return decode(name, bytes);
    } catch (IOException e) {
      return new Refused(name, "downloading it failed (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Refused(name, "the download was interrupted");
    }
  }

  static Read decode(String name, byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return new Refused(name, "it is a binary file; I read text, Markdown and code files");
      }
    }
    try {
      return new Text(
          name,
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return new Refused(name, "it is not UTF-8 text");
    }
  }

  private static boolean looksLikeText(File file) {
    String mime = file.getMimetype() == null ? "" : file.getMimetype().toLowerCase(Locale.ROOT);
    String type = file.getFiletype() == null ? "" : file.getFiletype().toLowerCase(Locale.ROOT);
    return mime.startsWith("text/")
        || mime.contains("json")
        || mime.contains("yaml")
        || mime.contains("xml")
        || TEXT_TYPES.contains(type);
  }
}
