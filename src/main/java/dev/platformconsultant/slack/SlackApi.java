package dev.platformconsultant.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.Message;
import com.slack.api.model.assistant.SuggestedPrompt;
import com.slack.api.model.view.View;
import dev.platformconsultant.time.Sleeper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack Web API calls the app makes, in one place: every response's {@code ok} is checked, and
 * a message Slack refuses for its blocks or size is sent again as plain text rather than lost.
 * Thread-safe (the SDK's client is).
 */
final class SlackApi {
  private static final Logger log = LoggerFactory.getLogger(SlackApi.class);

  /** Errors that a plainer message can get past. */
  private static final Set<String> REFUSED_CONTENT =
      Set.of("invalid_blocks", "msg_too_long", "invalid_blocks_format", "too_many_blocks");

  private final MethodsClient client;
  private final Sleeper sleeper;

  /**
   * @param sleeper waits between retries (Slack's Retry-After, or a back-off)
   */
  SlackApi(MethodsClient client, Sleeper sleeper) {
    this.client = client;
    this.sleeper = sleeper;
  }

  /** Posts a message (in a thread when {@code threadTs} is set); returns its ts. */
  String post(String channel, String threadTs, SlackMessage message) {
    try {
      return checked(
              "chat.postMessage",
              () ->
                  client.chatPostMessage(
                      r ->
                          r.channel(channel)
                              .threadTs(threadTs)
                              .text(message.text())
                              .blocks(message.blocks())
                              .unfurlLinks(false)))
          .getTs();
    } catch (SlackApiFailure e) {
      if (!REFUSED_CONTENT.contains(e.error())) {
        throw e;
      }
      log.warn("chat.postMessage refused the blocks ({}); sending plain text", e.error());
      String plain = PlainText.of(message);
      return check(
              "chat.postMessage",
              call(
                  "chat.postMessage",
                  () ->
                      client.chatPostMessage(
                          r -> r.channel(channel).threadTs(threadTs).text(plain))))
          .getTs();
    }
  }

  void update(String channel, String ts, SlackMessage message) {
    try {
      check(
          "chat.update",
          call(
              "chat.update",
              () ->
                  client.chatUpdate(
                      r ->
                          r.channel(channel)
                              .ts(ts)
                              .text(message.text())
                              .blocks(message.blocks()))));
    } catch (SlackApiFailure e) {
      if (!REFUSED_CONTENT.contains(e.error())) {
        throw e;
      }
      log.warn("chat.update refused the blocks ({}); sending plain text", e.error());
      String plain = PlainText.of(message);
      check(
          "chat.update",
          call(
              "chat.update",
              () ->
                  client.chatUpdate(r -> r.channel(channel).ts(ts).text(plain).blocks(List.of()))));
    }
  }

  void postEphemeral(String channel, String user, String threadTs, SlackMessage message) {
    check(
        "chat.postEphemeral",
        call(
            "chat.postEphemeral",
            () ->
                client.chatPostEphemeral(
                    r ->
                        r.channel(channel)
                            .user(user)
                            .threadTs(threadTs)
                            .text(message.text())
                            .blocks(message.blocks()))));
  }

  void setStatus(String channel, String threadTs, String status) {
    check(
        "assistant.threads.setStatus",
        call(
            "assistant.threads.setStatus",
            () ->
                client.assistantThreadsSetStatus(
                    r -> r.channelId(channel).threadTs(threadTs).status(status))));
  }

  void setTitle(String channel, String threadTs, String title) {
    check(
        "assistant.threads.setTitle",
        call(
            "assistant.threads.setTitle",
            () ->
                client.assistantThreadsSetTitle(
                    r -> r.channelId(channel).threadTs(threadTs).title(title))));
  }

  void setSuggestedPrompts(
      String channel, String threadTs, String title, List<SuggestedPrompt> prompts) {
    check(
        "assistant.threads.setSuggestedPrompts",
        call(
            "assistant.threads.setSuggestedPrompts",
            () ->
                client.assistantThreadsSetSuggestedPrompts(
                    r -> r.channelId(channel).threadTs(threadTs).title(title).prompts(prompts))));
  }

  /** The thread's messages, oldest first (the parent included), at most {@code limit}. */
  List<Message> replies(String channel, String threadTs, int limit) {
    return check(
            "conversations.replies",
            call(
                "conversations.replies",
                () ->
                    client.conversationsReplies(r -> r.channel(channel).ts(threadTs).limit(limit))))
        .getMessages();
  }

  /** Shares a text file in the thread (files:write), e.g. an ADR draft as a .md to download. */
  void uploadText(String channel, String threadTs, String filename, String title, String content) {
    upload(channel, threadTs, List.of(SharedFile.text(filename, title, content)));
  }

  /**
   * Shares files in the thread in one message (files:write), through Slack's current upload flow:
   * files.getUploadURLExternal for each, the bytes to the URL it gives, then one
   * files.completeUploadExternal.
   */
  void upload(String channel, String threadTs, List<SharedFile> files) {
    try {
      var response =
          client.filesUploadV2(
              r ->
                  r.channel(channel)
                      .threadTs(threadTs)
                      .uploadFiles(
                          files.stream()
                              .map(
                                  f ->
                                      com.slack.api.methods.request.files.FilesUploadV2Request
                                          .UploadFile.builder()
                                          .filename(f.filename())
                                          .title(f.title())
                                          .fileData(f.content())
                                          .altTxt(f.altText().isEmpty() ? null : f.altText())
                                          .build())
                              .toList())
                      .requestFileInfo(false));
      if (!response.isOk()) {
        throw new SlackApiFailure("files.uploadV2", response.getError(), null);
      }
    } catch (com.slack.api.methods.SlackFilesUploadV2Exception e) {
      // The SDK's exception carries each step's response; the first refusal is the useful reason.
      String reason =
          e.getGetURLResponses().stream()
              .filter(r -> !r.isOk())
              .map(r -> "getUploadURLExternal: " + r.getError())
              .findFirst()
              .or(
                  () ->
                      e.getUploadResponses().values().stream()
                          .filter(r -> r.getCode() != 200)
                          .map(r -> "upload: HTTP " + r.getCode())
                          .findFirst())
              .or(
                  () ->
                      Optional.ofNullable(e.getCompleteResponse())
                          .filter(r -> !r.isOk())
                          .map(r -> "completeUploadExternal: " + r.getError()))
              .orElse("upload failed");
      throw new SlackApiFailure("files.uploadV2", reason, e);
    } catch (IOException | SlackApiException e) {
      throw new SlackApiFailure("files.uploadV2", String.valueOf(e.getMessage()), e);
    }
  }

  /** The members of a Slack user group (usergroups:read); an error leaves the group empty. */
  java.util.Set<String> usergroupMembers(String usergroup) {
    try {
      var response =
          call(
              "usergroups.users.list",
              () -> client.usergroupsUsersList(r -> r.usergroup(usergroup)));
      if (!response.isOk()) {
        log.warn("usergroups.users.list {} failed: {}", usergroup, response.getError());
        return java.util.Set.of();
      }
      return java.util.Set.copyOf(response.getUsers());
    } catch (SlackApiFailure e) {
      log.warn("usergroups.users.list {} failed: {}", usergroup, e.getMessage());
      return java.util.Set.of();
    }
  }

  /**
   * The channel's name (channels:read, groups:read), to name a team after its channel; empty in a
   * DM or when Slack does not say.
   */
  Optional<String> channelName(String channel) {
    try {
      var response =
          call("conversations.info", () -> client.conversationsInfo(r -> r.channel(channel)));
      if (!response.isOk() || response.getChannel() == null || response.getChannel().isIm()) {
        return Optional.empty();
      }
      return Optional.ofNullable(response.getChannel().getName()).filter(n -> !n.isBlank());
    } catch (SlackApiFailure e) {
      log.debug("conversations.info {} failed: {}", channel, e.getMessage());
      return Optional.empty();
    }
  }

  void openView(String triggerId, View view) {
    check(
        "views.open",
        call("views.open", () -> client.viewsOpen(r -> r.triggerId(triggerId).view(view))));
  }

  interface Call<T> {
    T run() throws IOException, SlackApiException;
  }

  /**
   * Retries of a rate-limited (429) or failing (5xx, I/O) call; Slack's Retry-After is honoured.
   */
  static final int MAX_RETRIES = 2;

  static final long MAX_RETRY_AFTER_SECONDS = 30;

  private <T> T call(String method, Call<T> call) {
    for (int attempt = 0; ; attempt++) {
      try {
        return call.run();
      } catch (SlackApiException e) {
        int status = e.getResponse() == null ? 0 : e.getResponse().code();
        String error =
            e.getError() != null && e.getError().getError() != null
                ? e.getError().getError()
                : "HTTP " + status;
        boolean transientFailure = status == 429 || status >= 500;
        if (!transientFailure || attempt >= MAX_RETRIES) {
          throw new SlackApiFailure(method, error, e);
        }
        long waitSeconds = retryAfter(e).orElse(1L << attempt);
        log.info("{} got {}; retrying in {} s", method, error, waitSeconds);
        sleep(Duration.ofSeconds(waitSeconds));
      } catch (IOException e) {
        if (attempt >= MAX_RETRIES) {
          throw new SlackApiFailure(method, "I/O error: " + e.getMessage(), e);
        }
        sleep(Duration.ofMillis(250L << attempt));
      }
    }
  }

  private static Optional<Long> retryAfter(SlackApiException e) {
    String header = e.getResponse() == null ? null : e.getResponse().header("Retry-After");
    try {
      return header == null
          ? Optional.empty()
          : Optional.of(
              Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(0, Long.parseLong(header.strip()))));
    } catch (NumberFormatException notSeconds) {
      return Optional.empty();
    }
  }

  private void sleep(Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SlackApiFailure("retry", "interrupted", e);
    }
  }

  private static <T extends SlackApiTextResponse> T check(String method, T response) {
    if (!response.isOk()) {
      throw new SlackApiFailure(method, response.getError(), null);
    }
    return response;
  }

  private <T extends SlackApiTextResponse> T checked(String method, Call<T> call) {
    return check(method, call(method, call));
  }
}
