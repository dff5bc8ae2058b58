package dev.berth.domain.error;

/** The network named in the request does not exist on the engine. */
public final class NetworkNotFoundException extends BerthException {
  private final String network;

  public NetworkNotFoundException(String network) {
    super("network not found: " + network);
    this.network = network;
  }

  public String network() {
    return network;
  }
}
