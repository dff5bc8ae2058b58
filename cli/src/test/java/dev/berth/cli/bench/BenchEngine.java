package dev.berth.cli.bench;

import dev.berth.adapters.docker.DockerRuntimeFactory;
import dev.berth.adapters.podman.PodmanRuntimeFactory;
import dev.berth.adapters.podman.libpod.LibpodPath;
import dev.berth.application.port.out.ContainerRuntimeFactory;
import dev.berth.application.port.out.RuntimeEndpoint;
import java.nio.file.Path;

/**
 * The two runtimes, each with its endpoint (as the test suite finds them: {@code BERTH_*_HOST}
 * or the local socket) and the raw API paths of one create and one remove, for the HTTP floor.
 * Public because JMH's generated harness, in a package of its own, reads the {@code @Param}.
 */
public enum BenchEngine {
  /** docker-java speaks Docker's API without a version prefix; so does the floor. */
  DOCKER("BERTH_DOCKER_HOST", "unix:///var/run/docker.sock",
      "/containers/create", "/containers/%s?force=true&v=true"),
  /** The same query as berth's libpod client sends on remove. */
  PODMAN("BERTH_PODMAN_HOST", "unix:///run/podman/podman.sock",
      LibpodPath.PREFIX + "/containers/create", LibpodPath.PREFIX + "/containers/%s?force=true&v=true&timeout=0");

  private final String hostVariable;
  private final String defaultHost;
  final String createPath;
  private final String removePath;

  BenchEngine(String hostVariable, String defaultHost, String createPath, String removePath) {
    this.hostVariable = hostVariable;
    this.defaultHost = defaultHost;
    this.createPath = createPath;
    this.removePath = removePath;
  }

  RuntimeEndpoint endpoint() {
    String configured = System.getenv(hostVariable);
    return RuntimeEndpoint.of(configured == null || configured.isBlank() ? defaultHost : configured);
  }

  ContainerRuntimeFactory factory(Path dockerConfigDir) {
    return this == DOCKER ? new DockerRuntimeFactory(dockerConfigDir) : new PodmanRuntimeFactory();
  }

  String removePath(String containerId) {
    return String.format(removePath, containerId);
  }
}
