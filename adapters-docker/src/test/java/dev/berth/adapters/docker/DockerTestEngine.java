package dev.berth.adapters.docker;

import dev.berth.application.port.out.RuntimeEndpoint;

/** Where the Docker ITs find their engine. */
final class DockerTestEngine {
  private DockerTestEngine() {}

  static RuntimeEndpoint endpoint() {
    String host = System.getenv("BERTH_DOCKER_HOST");
    return RuntimeEndpoint.of(host == null || host.isBlank() ? "unix:///var/run/docker.sock" : host);
  }
}
