package dev.berth.adapters.podman;

import dev.berth.adapters.podman.libpod.LibpodClient;
import dev.berth.application.port.out.RuntimeInfo;

/** Who answers at an endpoint, asked of libpod: {@code _ping}, then version and info. */
final class EngineIdentity {
  static final String RUNTIME_NAME = "podman";

  private EngineIdentity() {}

  /** Fails with a {@code LibpodException} when the endpoint is unreachable or does not speak libpod. */
  static RuntimeInfo ask(LibpodClient client, String endpoint) {
    String apiVersion = client.ping();
    return RuntimeInfo.builder()
        .runtime(RUNTIME_NAME)
        .endpoint(endpoint)
        .engineVersion(client.version().version())
        .apiVersion(apiVersion)
        .rootless(client.info().rootless())
        .build();
  }
}
