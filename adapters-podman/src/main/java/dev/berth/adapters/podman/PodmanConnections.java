package dev.berth.adapters.podman;

import com.github.dockerjava.transport.SSLConfig;
import dev.berth.adapters.podman.libpod.LibpodClient;
import dev.berth.adapters.podman.libpod.LibpodConnectionSettings;
import dev.berth.adapters.podman.libpod.PemDirectorySslConfig;
import dev.berth.application.port.out.RuntimeEndpoint;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** How berth reaches a Podman endpoint: the clients it opens and how long they may wait. */
final class PodmanConnections {
  /** An engine that is there accepts at once; waiting longer only delays "unreachable". */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  /** For questions about the engine itself (ping, version, info), which it answers at once. */
  static final Duration QUICK_ANSWER_TIMEOUT = Duration.ofSeconds(3);

  private PodmanConnections() {}

  /** A client without a response timeout: following logs and waiting for an exit take as long as the container. */
  static LibpodClient patient(RuntimeEndpoint endpoint) {
    return LibpodClient.open(settings(endpoint));
  }

  /** A client whose every answer must come within {@link #QUICK_ANSWER_TIMEOUT}. */
  static LibpodClient quick(RuntimeEndpoint endpoint) {
    return LibpodClient.open(settings(endpoint).withResponseTimeout(QUICK_ANSWER_TIMEOUT));
  }

  /** TLS when the endpoint asks for it, from its cert directory or else Docker's usual {@code ~/.docker}. */
  static LibpodConnectionSettings settings(RuntimeEndpoint endpoint) {
    Optional<SSLConfig> tls = endpoint.tlsVerify() || endpoint.certPath().isPresent()
        ? Optional.of(new PemDirectorySslConfig(endpoint.certPath().map(Path::of)
            .orElseGet(() -> Path.of(System.getProperty("user.home"), ".docker"))))
        : Optional.empty();
    return new LibpodConnectionSettings(URI.create(endpoint.uri()), tls,
        CONNECT_TIMEOUT, Optional.empty());
  }
}
