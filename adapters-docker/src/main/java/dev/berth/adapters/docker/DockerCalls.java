package dev.berth.adapters.docker;

import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.EngineUnreachableException;
import dev.berth.domain.error.RuntimeOperationException;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Runs docker-java calls so that only domain errors come out: a dead endpoint is
 * {@link EngineUnreachableException} naming it, a refusal is what the operation's
 * {@link RefusalMeaning}s make of it, and anything else is a {@link RuntimeOperationException}.
 */
final class DockerCalls {
  /** A docker-java call; some wait on a stream and may be interrupted. */
  @FunctionalInterface
  interface Call<T> {
    T run() throws InterruptedException;
  }

  /** A call that answers nothing but success. */
  @FunctionalInterface
  interface Action {
    void run() throws InterruptedException;
  }

  private final String endpoint;

  DockerCalls(String endpoint) {
    this.endpoint = endpoint;
  }

  <T> T call(String operation, Call<T> call, RefusalMeaning... meanings) {
    try {
      return call.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RuntimeOperationException(operation, "interrupted", e);
    } catch (BerthException e) {
      throw e;
    } catch (RuntimeException e) {
      throw translate(operation, e, meanings);
    }
  }

  void run(String operation, Action action, RefusalMeaning... meanings) {
    call(operation, () -> {
      action.run();
      return null;
    }, meanings);
  }

  private BerthException translate(String operation, RuntimeException failure, RefusalMeaning... meanings) {
    Optional<Throwable> connectionFailure = connectionFailure(failure);
    if (connectionFailure.isPresent()) {
      return new EngineUnreachableException(endpoint, describe(connectionFailure.get()), failure);
    }
    EngineRefusal refusal = EngineRefusal.of(failure);
    for (RefusalMeaning meaning : meanings) {
      Optional<BerthException> meant = meaning.of(refusal);
      if (meant.isPresent()) {
        meant.get().initCause(failure);
        return meant.get();
      }
    }
    return new RuntimeOperationException(operation, refusal.explanation(), failure);
  }

  /**
   * The socket-level cause, when the engine could not be reached or stopped answering; timeouts
   * (connect or response) are {@link InterruptedIOException}s.
   */
  private static Optional<Throwable> connectionFailure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SocketException || cause instanceof InterruptedIOException
          || cause instanceof UnknownHostException || cause instanceof SSLException) {
        return Optional.of(cause);
      }
    }
    return Optional.empty();
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }
}
