package dev.berth.domain.spec;

import dev.berth.domain.BerthStyle;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * R9/R10: a container port published on a host interface. An empty host port lets the
 * engine pick a free one, atomically, so that containers created at once never collide.
 */
@Value.Immutable
@BerthStyle
public interface PortMapping {
  IpAddress hostInterface();

  OptionalInt hostPort();

  int containerPort();

  @Value.Default
  default Protocol protocol() {
    return Protocol.TCP;
  }

  static PortMapping of(IpAddress hostInterface, OptionalInt hostPort, int containerPort, Protocol protocol) {
    return ImmutablePortMapping.builder()
        .hostInterface(hostInterface)
        .hostPort(hostPort)
        .containerPort(containerPort)
        .protocol(protocol)
        .build();
  }

  /** {@code 8080/tcp}: the key engines use for a container port. */
  default String containerKey() {
    return containerPort() + "/" + protocol().lowerCase();
  }

  @Value.Check
  default void check() {
    PortNumbers.requireValid(containerPort(), "port");
    hostPort().ifPresent(port -> PortNumbers.requireValid(port, "port"));
  }
}
