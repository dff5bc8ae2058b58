package dev.berth.domain.rules;

import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.spec.PortMapping;
import dev.berth.domain.spec.Protocol;

/**
 * R9: the function runtime's port 8080/tcp is published on the host interface. An explicit
 * rapid port wins; otherwise the engine assigns a free host port atomically (read back after
 * start), so many containers created at once never collide — SAM's sampled-and-probed port can.
 */
public final class RapidPortRule {
  public static final int RAPID_CONTAINER_PORT = 8080;

  private RapidPortRule() {}

  public static PortMapping rapidPort(CreationRequest request) {
    return PortMapping.of(request.hostInterface(), request.rapidHostPort(), RAPID_CONTAINER_PORT, Protocol.TCP);
  }
}
