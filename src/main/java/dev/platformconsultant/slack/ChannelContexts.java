package dev.platformconsultant.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The project context of each channel, for workspaces where several teams use the consultant:
 * {@code <data dir>/contexts/<channel id>.md}, written by {@code /consult discover} and {@code
 * /consult context} in that channel. A channel without one gets the workspace's default context
 * (CONSULTANT_PROJECT_CONTEXT).
 */
final class ChannelContexts {
  private static final Pattern CHANNEL_ID = Pattern.compile("[A-Z0-9]{2,32}");

  private final Path dir;
  private final Path workspaceDefault;

  ChannelContexts(Path dir, Path workspaceDefault) {
    this.dir = dir;
    this.workspaceDefault = workspaceDefault;
  }

  /** Where the channel's own context is (or will be) kept; the default for an odd id. */
  Path fileOf(String channel) {
    return channel != null && CHANNEL_ID.matcher(channel).matches()
        ? dir.resolve(channel + ".md")
        : workspaceDefault;
  }

  /** The channel's own context, if it has one. */
  Optional<String> own(String channel) {
    Path file = fileOf(channel);
    return file.equals(workspaceDefault) ? Optional.empty() : read(file);
  }

  /** The context answers in this channel are grounded in: its own, else the workspace's. */
  Optional<Shown> shown(String channel) {
    Optional<String> own = own(channel);
    if (own.isPresent()) {
      return Optional.of(new Shown(own.get(), true));
    }
    return read(workspaceDefault).map(text -> new Shown(text, false));
  }

  /** A context and whether it is the channel's own. */
  record Shown(String text, boolean channelsOwn) {}

  private static Optional<String> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8)).filter(t -> !t.isBlank());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
