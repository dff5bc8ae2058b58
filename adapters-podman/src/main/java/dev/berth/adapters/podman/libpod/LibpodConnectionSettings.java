package dev.berth.adapters.podman.libpod;

import com.github.dockerjava.transport.SSLConfig;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where and how to reach Podman's API service: {@code unix:///path} or {@code tcp://host:port}
 * (TLS when an {@link SSLConfig} is given). Without a response timeout a request may wait as
 * long as the engine takes, which following logs and waiting for an exit need.
 */
public record LibpodConnectionSettings(
    URI host, Optional<SSLConfig> tls, Duration connectTimeout, Optional<Duration> responseTimeout) {

  public LibpodConnectionSettings withResponseTimeout(Duration timeout) {
    return new LibpodConnectionSettings(host, tls, connectTimeout, Optional.of(timeout));
  }
}
