package dev.berth.adapters.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import java.time.Duration;
import java.util.Optional;

/**
 * The docker-java clients of one adapter, built on first use so that obtaining a port does no
 * I/O. Short calls get a bounded response time, so a hung engine cannot hang berth; calls that
 * last as long as a container does get none.
 */
final class DockerConnection {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final DockerEndpoint endpoint;
  private DockerClient requests;
  private DockerClient longRunning;

  DockerConnection(DockerEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  /** For calls that answer at once: create, start, inspect, list, remove... */
  synchronized DockerClient requests() {
    if (requests == null) {
      requests = client(Optional.of(REQUEST_TIMEOUT));
    }
    return requests;
  }

  /** For calls that last: wait, followed logs, pull, stop. */
  synchronized DockerClient longRunning() {
    if (longRunning == null) {
      longRunning = client(Optional.empty());
    }
    return longRunning;
  }

  private DockerClient client(Optional<Duration> responseTimeout) {
    DockerClientConfig config = endpoint.clientConfig();
    return DockerClientImpl.getInstance(config, endpoint.httpClient(config, responseTimeout));
  }
}
