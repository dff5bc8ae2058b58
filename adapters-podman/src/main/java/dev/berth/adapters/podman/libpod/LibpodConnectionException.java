package dev.berth.adapters.podman.libpod;

/** No answer from the endpoint: missing socket, refused connection, timeout, broken stream. */
public final class LibpodConnectionException extends LibpodException {
  private final String endpoint;

  public LibpodConnectionException(String endpoint, Throwable cause) {
    super("cannot reach libpod at " + endpoint + ": " + describe(cause), cause);
    this.endpoint = endpoint;
  }

  public String endpoint() {
    return endpoint;
  }

  /** The innermost message: the transport wraps the socket's error in layers of RuntimeException. */
  public static String describe(Throwable failure) {
    Throwable innermost = failure;
    while (innermost.getCause() != null && innermost.getCause() != innermost) {
      innermost = innermost.getCause();
    }
    String message = innermost.getMessage();
    return message == null || message.isBlank() ? innermost.getClass().getSimpleName() : message;
  }
}
