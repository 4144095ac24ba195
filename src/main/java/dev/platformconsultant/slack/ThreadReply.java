package dev.platformconsultant.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import dev.platformconsultant.model.Task;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An answer in a Slack thread: a placeholder at once (the assistant pane's status instead, in the
 * pane), edited as the answer streams ({@link LiveMessage}), refusals visible to the asker alone.
 * Notices that cannot be posted are logged, never allowed to stop the answer.
 */
final class ThreadReply implements Reply {
  private static final Logger log = LoggerFactory.getLogger(ThreadReply.class);
  static final String PLACEHOLDER_PREFIX = ":hourglass_flowing_sand:";

  private final ThreadTarget target;
  private final SlackApi api;
  private final BlockKitRenderer renderer;
  private final Duration updateInterval;

  ThreadReply(
      ThreadTarget target, SlackApi api, BlockKitRenderer renderer, Duration updateInterval) {
    this.target = target;
    this.api = api;
    this.renderer = renderer;
    this.updateInterval = updateInterval;
  }

  ThreadTarget target() {
    return target;
  }

  @Override
  public String conversation() {
    return target.conversation();
  }

  @Override
  public String channel() {
    return target.channel();
  }

  @Override
  public void refuse(String reason) {
    SlackMessage refusal = SlackMessage.note(reason);
    if (target.assistantThread()) {
      // The pane is the user's own DM with the app: nobody else reads it.
      api.post(target.channel(), target.threadTs(), refusal);
    } else {
      api.postEphemeral(target.channel(), target.user(), target.threadTs(), refusal);
    }
  }

  @Override
  public void note(String mrkdwn) {
    try {
      api.post(target.channel(), target.threadTs(), SlackMessage.note(mrkdwn));
    } catch (SlackApiFailure e) {
      log.warn("a notice was not posted in {}: {}", target.conversation(), e.getMessage());
    }
  }

  /**
   * Titles an assistant-pane thread after its first question (the pane lists threads by title);
   * other threads have no title.
   */
  void title(String question) {
    if (!target.assistantThread()) {
      return;
    }
    String firstLine = question.lines().findFirst().orElse("").strip();
    try {
      api.setTitle(
          target.channel(),
          target.threadTs(),
          firstLine.length() > 60 ? firstLine.substring(0, 59) + "…" : firstLine);
    } catch (SlackApiFailure e) {
      log.debug("title not set: {}", e.getMessage());
    }
  }

  /** Posts a whole message in the thread (the help, say). */
  void post(SlackMessage message) {
    api.post(target.channel(), target.threadTs(), message);
  }

  @Override
  public Progress start(Request.Work work) {
    String placeholder = null;
    try {
      if (target.assistantThread()) {
        api.setStatus(target.channel(), target.threadTs(), "is thinking…");
      } else {
        placeholder = api.post(target.channel(), target.threadTs(), working(work.task()));
      }
    } catch (SlackApiFailure e) {
      // The answer still comes: LiveMessage posts a message of its own with the first text.
      log.warn("could not show that the request was taken: {}", e.getMessage());
    }
    return new LiveMessage(
        api, renderer, target.channel(), target.threadTs(), placeholder, updateInterval);
  }

  @Override
  public void share(String filename, String title, String content) {
    try {
      api.uploadText(target.channel(), target.threadTs(), filename, title, content);
    } catch (SlackApiFailure e) {
      log.warn(
          "the file {} was not shared ({}); its content is in the message", filename, e.error());
    }
  }

  @Override
  public void share(List<SharedFile> files) {
    try {
      api.upload(target.channel(), target.threadTs(), files);
    } catch (SlackApiFailure e) {
      log.warn("{} files were not shared ({})", files.size(), e.error());
      note(
          "_:warning: I could not attach the charts and the report (%s); they are saved with the assessment._"
              .formatted(e.error()));
    }
  }

  private static SlackMessage working(Task task) {
    String what =
        switch (task) {
          case ANSWER -> "Looking into it…";
          case REVIEW -> "Reviewing the design…";
          case ADR -> "Drafting the ADR…";
          case ASSESSMENT -> "Scoring the assessment…";
          case AUDIT -> "Writing the audit…";
          case ROADMAP -> "Planning the roadmap…";
          case BUSINESS_CASE -> "Computing the business case…";
        };
    return new SlackMessage(
        what, List.of(context(List.of(markdownText(PLACEHOLDER_PREFIX + " _" + what + "_")))));
  }
}
