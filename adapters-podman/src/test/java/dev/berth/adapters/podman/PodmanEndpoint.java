package dev.berth.adapters.podman;

import dev.berth.application.port.out.RuntimeEndpoint;

/** Where the Podman service under test listens: {@code BERTH_PODMAN_HOST}, else the rootful socket. */
final class PodmanEndpoint {
  private PodmanEndpoint() {}

  static RuntimeEndpoint underTest() {
    String host = System.getenv("BERTH_PODMAN_HOST");
    return RuntimeEndpoint.of(host == null || host.isBlank() ? "unix:///run/podman/podman.sock" : host);
  }
}
