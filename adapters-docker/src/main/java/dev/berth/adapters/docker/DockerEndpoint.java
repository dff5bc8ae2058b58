package dev.berth.adapters.docker;

import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.berth.application.port.out.RuntimeEndpoint;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * One Docker endpoint as docker-java reaches it: the socket or {@code tcp://} address, TLS
 * from the endpoint's cert path, and the client config directory (registry auth for pulls).
 * As with the docker CLI, TLS without a cert path uses the config directory's certificates.
 */
final class DockerEndpoint {
  /** Long enough for a loaded machine, short enough that a dead endpoint is reported at once. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

  private final RuntimeEndpoint endpoint;
  private final Path configDir;

  DockerEndpoint(RuntimeEndpoint endpoint, Path configDir) {
    this.endpoint = endpoint;
    this.configDir = configDir;
  }

  /** The endpoint as the user named it, for messages. */
  String uri() {
    return endpoint.uri();
  }

  /** Reads the config directory and, with TLS, the certificates; still no engine I/O. */
  DockerClientConfig clientConfig() {
    DefaultDockerClientConfig.Builder config = new DefaultDockerClientConfig.Builder()
        .withDockerHost(endpoint.uri())
        .withDockerConfig(configDir.toString())
        .withDockerTlsVerify(endpoint.tlsVerify());
    if (endpoint.tlsVerify()) {
      config.withDockerCertPath(certPath());
    }
    return config.build();
  }

  String certPath() {
    return endpoint.certPath().orElse(configDir.toString());
  }

  /**
   * An HTTP client for this endpoint. {@code responseTimeout} empty: no limit, for calls that
   * last as long as a container does (wait, followed logs, pull, stop).
   */
  DockerHttpClient httpClient(DockerClientConfig config, Optional<Duration> responseTimeout) {
    ZerodepDockerHttpClient.Builder client = new ZerodepDockerHttpClient.Builder()
        .dockerHost(config.getDockerHost())
        .sslConfig(config.getSSLConfig())
        .connectionTimeout(CONNECT_TIMEOUT);
    responseTimeout.ifPresent(client::responseTimeout);
    return client.build();
  }
}
