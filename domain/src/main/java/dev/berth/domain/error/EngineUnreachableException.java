package dev.berth.domain.error;

/** No engine answered at the endpoint (or at any of the endpoints) berth tried. */
public final class EngineUnreachableException extends BerthException {
  private final String endpoint;

  public EngineUnreachableException(String endpoint, String detail) {
    super("container engine unreachable at " + endpoint + ": " + detail);
    this.endpoint = endpoint;
  }

  public EngineUnreachableException(String endpoint, String detail, Throwable cause) {
    super("container engine unreachable at " + endpoint + ": " + detail, cause);
    this.endpoint = endpoint;
  }

  public String endpoint() {
    return endpoint;
  }
}
