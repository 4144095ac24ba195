package dev.platformconsultant.llm;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.platformconsultant.model.LanguageModelException;
import dev.platformconsultant.model.LanguageModelException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;

/**
 * Maps what langchain4j and the HTTP client throw to a {@link LanguageModelException} a user can
 * read. The one place that knows provider failure shapes.
 */
final class ProviderFailures {
  private ProviderFailures() {}

  static LanguageModelException map(String label, Throwable error, String partial) {
    Throwable root = error;
    for (Throwable t = error; t != null; t = t.getCause()) {
      Kind kind = classify(t);
      if (kind != null) {
        return new LanguageModelException(kind, message(label, kind, t), partial, error);
      }
      root = t;
    }
    Kind kind = partial.isEmpty() ? Kind.MALFORMED : Kind.INTERRUPTED;
    return new LanguageModelException(kind, message(label, kind, root), partial, error);
  }

  private static Kind classify(Throwable t) {
    if (t instanceof RateLimitException) {
      return Kind.RATE_LIMITED;
    }
    if (t instanceof AuthenticationException
        || t instanceof ModelNotFoundException
        || t instanceof InvalidRequestException) {
      return Kind.REJECTED;
    }
    if (t instanceof InternalServerException) {
      return Kind.UNAVAILABLE;
    }
    if (t instanceof dev.langchain4j.exception.TimeoutException
        || t instanceof HttpTimeoutException
        || t instanceof java.util.concurrent.TimeoutException
        || t instanceof java.net.SocketTimeoutException) {
      return Kind.TIMEOUT;
    }
    if (t instanceof HttpException http) {
      int status = http.statusCode();
      if (status == 429) {
        return Kind.RATE_LIMITED;
      }
      if (status == 408) {
        return Kind.TIMEOUT;
      }
      return status >= 500 ? Kind.UNAVAILABLE : Kind.REJECTED;
    }
    if (t instanceof ConnectException) {
      return Kind.UNAVAILABLE;
    }
    if (t instanceof IOException
        && !(t instanceof com.fasterxml.jackson.core.JsonProcessingException)) {
      return Kind.UNAVAILABLE;
    }
    return null;
  }

  private static String message(String label, Kind kind, Throwable t) {
    return switch (kind) {
      case RATE_LIMITED -> label + " is rate-limiting us (HTTP 429)";
      case REJECTED ->
          label
              + " refused the request"
              + status(t)
              + ": check LLM_API_KEY, LLM_MODEL and LLM_BASE_URL";
      case UNAVAILABLE -> label + " is unavailable" + status(t);
      case TIMEOUT -> label + " did not answer in time";
      case MALFORMED -> label + " sent a response we could not read";
      case INTERRUPTED -> label + " stopped in the middle of the answer";
    };
  }

  /**
   * langchain4j wraps the HTTP failure in a typed exception; the status is further down the chain.
   */
  private static String status(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof HttpException http) {
        return " (HTTP " + http.statusCode() + ")";
      }
      if (c instanceof ConnectException) {
        return " (connection refused)";
      }
    }
    return "";
  }
}
