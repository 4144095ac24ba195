package dev.platformconsultant.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.TokenUsage;
import dev.platformconsultant.model.AnswerListener;
import dev.platformconsultant.model.LanguageModel;
import dev.platformconsultant.model.LanguageModelException;
import dev.platformconsultant.model.Prompt;
import dev.platformconsultant.model.Turn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/** A {@link LanguageModel} over a langchain4j chat model and its streaming twin. Thread-safe. */
final class LangChainLanguageModel implements LanguageModel {
  private final ChatModel chat;
  private final StreamingChatModel streaming;
  private final String label;
  private final Duration timeout;

  LangChainLanguageModel(
      ChatModel chat, StreamingChatModel streaming, String label, Duration timeout) {
    this.chat = chat;
    this.streaming = streaming;
    this.label = label;
    this.timeout = timeout;
  }

  @Override
  public Completion complete(Prompt prompt) throws LanguageModelException {
    try {
      ChatResponse response = chat.chat(request(prompt));
      return completion(
          response, response.aiMessage() == null ? null : response.aiMessage().text());
    } catch (RuntimeException e) {
      throw ProviderFailures.map(label, e, "");
    }
  }

  @Override
  public Completion stream(Prompt prompt, AnswerListener listener) throws LanguageModelException {
    StringBuilder text = new StringBuilder();
    CompletableFuture<ChatResponse> done = new CompletableFuture<>();
    AtomicLong lastActivity = new AtomicLong(System.nanoTime());
    try {
      streaming.chat(
          request(prompt),
          new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
              lastActivity.set(System.nanoTime());
              synchronized (text) {
                text.append(partial);
              }
              listener.onPartial(partial);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
              done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
              done.completeExceptionally(error);
            }
          });
      ChatResponse response = awaitWhileActive(done, lastActivity);
      String streamed;
      synchronized (text) {
        streamed = text.toString();
      }
      String full =
          response.aiMessage() != null && response.aiMessage().text() != null
              ? response.aiMessage().text()
              : streamed;
      return completion(response, full);
    } catch (TimeoutException e) {
      throw new LanguageModelException(
          LanguageModelException.Kind.TIMEOUT,
          "%s sent nothing for %d s".formatted(label, timeout.toSeconds()),
          snapshot(text),
          e);
    } catch (ExecutionException e) {
      throw ProviderFailures.map(label, e.getCause(), snapshot(text));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LanguageModelException(
          LanguageModelException.Kind.INTERRUPTED, "the request was cancelled", snapshot(text), e);
    } catch (RuntimeException e) {
      throw ProviderFailures.map(label, e, snapshot(text));
    }
  }

  /**
   * Waits for the stream's end, giving up only when nothing has arrived for the timeout: a long
   * answer that keeps streaming is not cut, a stalled one is.
   */
  private ChatResponse awaitWhileActive(
      CompletableFuture<ChatResponse> done, AtomicLong lastActivity)
      throws TimeoutException, ExecutionException, InterruptedException {
    long idleLimit = timeout.toNanos();
    while (true) {
      try {
        return done.get(Math.min(1000, timeout.toMillis()), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        if (System.nanoTime() - lastActivity.get() >= idleLimit) {
          done.cancel(true);
          throw e;
        }
      }
    }
  }

  private static String snapshot(StringBuilder text) {
    synchronized (text) {
      return text.toString();
    }
  }

  private Completion completion(ChatResponse response, String text) throws LanguageModelException {
    if (text == null) {
      throw new LanguageModelException(
          LanguageModelException.Kind.MALFORMED, label + " returned no text", "", null);
    }
    TokenUsage usage = response.tokenUsage();
    int in = usage != null && usage.inputTokenCount() != null ? usage.inputTokenCount() : -1;
    int out = usage != null && usage.outputTokenCount() != null ? usage.outputTokenCount() : -1;
    return new Completion(text, in, out);
  }

  private static ChatRequest request(Prompt prompt) {
    List<ChatMessage> messages = new ArrayList<>();
    messages.add(SystemMessage.from(prompt.system()));
    for (Turn turn : prompt.history()) {
      if (turn.text().isBlank()) {
        continue;
      }
      messages.add(
          turn.role() == Turn.Role.USER
              ? UserMessage.from(turn.text())
              : AiMessage.from(turn.text()));
    }
    messages.add(UserMessage.from(prompt.user()));
    return ChatRequest.builder().messages(messages).build();
  }

  @Override
  public String label() {
    return label;
  }
}
