package dev.platformconsultant.slack;

/** Slack's documented limits, in one place. */
final class SlackLimits {
  /** Characters in a section block's text. */
  static final int SECTION_TEXT = 3000;

  /** Blocks in one message. */
  static final int BLOCKS_PER_MESSAGE = 50;

  /** Characters in one message (its blocks' text added up, and the top-level text). */
  static final int MESSAGE_TEXT = 40_000;

  /** Elements in a context block. */
  static final int CONTEXT_ELEMENTS = 10;

  /** Characters of a button's value. */
  static final int BUTTON_VALUE = 2000;

  /** Characters of a modal's private_metadata. */
  static final int PRIVATE_METADATA = 3000;

  private SlackLimits() {}
}
