package dev.berth.domain.rules;

import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.request.ExposedPort;
import dev.berth.domain.spec.PortMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R10: each exposed port is published on the host interface, tcp unless said otherwise. Ports
 * are keyed by container port and protocol, so an exposed 8080/tcp replaces R9's mapping, as
 * SAM's dictionary update does.
 */
public final class ExposedPortsRule {
  private ExposedPortsRule() {}

  public static List<PortMapping> ports(CreationRequest request) {
    Map<String, PortMapping> byContainerPort = new LinkedHashMap<>();
    PortMapping rapid = RapidPortRule.rapidPort(request);
    byContainerPort.put(rapid.containerKey(), rapid);
    for (ExposedPort exposed : request.exposedPorts()) {
      PortMapping mapping = PortMapping.of(request.hostInterface(), exposed.hostPort(), exposed.containerPort(),
          exposed.protocol());
      byContainerPort.put(mapping.containerKey(), mapping);
    }
    return new ArrayList<>(byContainerPort.values());
  }
}
