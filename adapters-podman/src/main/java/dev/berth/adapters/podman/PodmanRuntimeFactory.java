package dev.berth.adapters.podman;

import dev.berth.adapters.podman.libpod.LibpodClient;
import dev.berth.application.port.out.ContainerRuntimeFactory;
import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.port.out.RuntimeEndpoint;
import dev.berth.application.port.out.RuntimeInfo;
import java.io.IOException;
import java.util.Optional;

/** The {@code podman} runtime: Podman's API service, spoken to in its native libpod dialect. */
public final class PodmanRuntimeFactory implements ContainerRuntimeFactory {
  @Override
  public String name() {
    return EngineIdentity.RUNTIME_NAME;
  }

  @Override
  public ContainerRuntimePort connect(RuntimeEndpoint endpoint) {
    return new PodmanRuntime(endpoint.uri(), PodmanConnections.patient(endpoint), PodmanConnections.quick(endpoint));
  }

  /**
   * A Podman socket also speaks Docker's API, and Docker's does not speak libpod: only an answer
   * on libpod's {@code _ping} with its version header is Podman. Each request is bounded by the
   * connect and answer timeouts.
   */
  @Override
  public Optional<RuntimeInfo> probe(RuntimeEndpoint endpoint) {
    try (LibpodClient client = PodmanConnections.quick(endpoint)) {
      return Optional.of(EngineIdentity.ask(client, endpoint.uri()));
    } catch (IOException | RuntimeException notPodman) {
      return Optional.empty();
    }
  }
}
