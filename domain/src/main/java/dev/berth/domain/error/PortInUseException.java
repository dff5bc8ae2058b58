package dev.berth.domain.error;

/** A host port the container should publish is already taken on the host. */
public final class PortInUseException extends BerthException {
  public PortInUseException(String detail) {
    super("host port already in use: " + detail);
  }
}
