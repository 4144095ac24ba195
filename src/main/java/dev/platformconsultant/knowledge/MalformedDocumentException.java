package dev.platformconsultant.knowledge;

/**
 * A knowledge file that cannot be used (binary, empty, broken front matter); it is skipped, not
 * fatal.
 */
public final class MalformedDocumentException extends Exception {
  public MalformedDocumentException(String message) {
    super(message);
  }
}
