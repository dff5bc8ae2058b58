package dev.berth.domain.request;

import dev.berth.domain.BerthStyle;
import dev.berth.domain.error.InvalidSpecException;
import dev.berth.domain.spec.PortNumbers;
import dev.berth.domain.spec.Protocol;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** R10: a port the user asks to publish, before it is bound to a host interface. */
@Value.Immutable
@BerthStyle
public interface ExposedPort {
  String FIELD = "port";

  int containerPort();

  /** Empty: the engine picks a free host port. */
  OptionalInt hostPort();

  @Value.Default
  default Protocol protocol() {
    return Protocol.TCP;
  }

  static ExposedPort of(int containerPort, int hostPort) {
    return ImmutableExposedPort.builder().containerPort(containerPort).hostPort(hostPort).build();
  }

  /** Parses Docker's order, host first: {@code [HOST:]CONTAINER[/PROTO]}. */
  static ExposedPort parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidSpecException(FIELD, text == null ? "" : text, "expected [HOST:]CONTAINER[/PROTO]");
    }
    String ports = text;
    Protocol protocol = Protocol.TCP;
    int slash = text.indexOf('/');
    if (slash >= 0) {
      protocol = Protocol.parse(FIELD, text, text.substring(slash + 1));
      ports = text.substring(0, slash);
    }
    String[] parts = ports.split(":", -1);
    if (parts.length > 2) {
      throw new InvalidSpecException(FIELD, text,
          "expected [HOST:]CONTAINER[/PROTO]; the host interface is set with --host-interface");
    }
    ImmutableExposedPort.Builder port = ImmutableExposedPort.builder().protocol(protocol);
    port.containerPort(portNumber(parts[parts.length - 1], text));
    if (parts.length == 2) {
      port.hostPort(portNumber(parts[0], text));
    }
    return port.build();
  }

  private static int portNumber(String text, String whole) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new InvalidSpecException(FIELD, whole, "\"" + text + "\" is not a port number");
    }
  }

  @Value.Check
  default void check() {
    PortNumbers.requireValid(containerPort(), FIELD);
    hostPort().ifPresent(port -> PortNumbers.requireValid(port, FIELD));
  }
}
