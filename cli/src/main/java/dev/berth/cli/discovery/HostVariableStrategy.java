package dev.berth.cli.discovery;

import dev.berth.application.port.out.ImmutableRuntimeEndpoint;
import dev.berth.application.port.out.RuntimeEndpoint;
import dev.berth.domain.error.InvalidSpecException;
import java.util.Optional;

/**
 * An engine named by an environment variable: Podman's {@code CONTAINER_HOST} or Docker's
 * {@code DOCKER_HOST}, which also honours {@code DOCKER_TLS_VERIFY} and {@code DOCKER_CERT_PATH}.
 */
public final class HostVariableStrategy implements EndpointStrategy {
  private final String variable;
  private final boolean readsDockerTls;

  private HostVariableStrategy(String variable, boolean readsDockerTls) {
    this.variable = variable;
    this.readsDockerTls = readsDockerTls;
  }

  public static HostVariableStrategy containerHost() {
    return new HostVariableStrategy("CONTAINER_HOST", false);
  }

  public static HostVariableStrategy dockerHost() {
    return new HostVariableStrategy("DOCKER_HOST", true);
  }

  @Override
  public Optional<Candidate> candidate(Environment environment) {
    return environment.variable(variable).map(uri -> new Candidate(variable, endpoint(uri, environment)));
  }

  private RuntimeEndpoint endpoint(String uri, Environment environment) {
    try {
      ImmutableRuntimeEndpoint.Builder endpoint = RuntimeEndpoint.builder().uri(uri);
      if (readsDockerTls) {
        endpoint.tlsVerify(environment.variable("DOCKER_TLS_VERIFY").filter(value -> !value.equals("0")).isPresent());
        endpoint.certPath(environment.variable("DOCKER_CERT_PATH"));
      }
      return endpoint.build();
    } catch (InvalidSpecException e) {
      // Name the variable, not --host: the user set it outside berth and must fix it there.
      throw new InvalidSpecException(variable, uri, e.reason());
    }
  }
}
