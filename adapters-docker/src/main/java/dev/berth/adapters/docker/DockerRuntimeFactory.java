package dev.berth.adapters.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import dev.berth.application.port.out.ContainerRuntimeFactory;
import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.port.out.RuntimeEndpoint;
import dev.berth.application.port.out.RuntimeInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The Docker runtime: ports on Docker Engines, and recognising one at an endpoint.
 *
 * @param configDir the Docker client config directory ({@code $DOCKER_CONFIG} or {@code ~/.docker}):
 *     its {@code config.json} gives R3's proxies and registry auth, and it holds the TLS
 *     certificates when an endpoint asks for TLS without a cert path. It need not exist.
 */
public final class DockerRuntimeFactory implements ContainerRuntimeFactory {
  /** A probe asks two quick questions; an engine that takes longer is not one to use. */
  private static final Duration PROBE_RESPONSE_TIMEOUT = Duration.ofSeconds(3);
  private static final int OK = 200;

  private final Path configDir;

  public DockerRuntimeFactory(Path configDir) {
    this.configDir = configDir;
  }

  @Override
  public String name() {
    return DockerEngineIdentity.RUNTIME;
  }

  @Override
  public ContainerRuntimePort connect(RuntimeEndpoint endpoint) {
    return new DockerRuntimeAdapter(new DockerEndpoint(endpoint, configDir), new ConfigProxies(configDir));
  }

  @Override
  public Optional<RuntimeInfo> probe(RuntimeEndpoint endpoint) {
    DockerEndpoint docker = new DockerEndpoint(endpoint, configDir);
    try {
      DockerClientConfig config = docker.clientConfig();
      try (DockerHttpClient http = docker.httpClient(config, Optional.of(PROBE_RESPONSE_TIMEOUT))) {
        if (!pingAnswersAsDocker(http)) {
          return Optional.empty();
        }
        DockerClient client = DockerClientImpl.getInstance(config, http);
        Version version = client.versionCmd().exec();
        return DockerEngineIdentity.isPodman(version)
            ? Optional.empty()
            : Optional.of(DockerEngineIdentity.runtimeInfo(version, client.infoCmd().exec(), endpoint.uri()));
      }
    } catch (Exception notADockerEngine) {
      return Optional.empty();
    }
  }

  private static boolean pingAnswersAsDocker(DockerHttpClient http) {
    Request ping = Request.builder().method(Request.Method.GET).path("/_ping").build();
    try (Response response = http.execute(ping)) {
      return response.getStatusCode() == OK && response.getHeader(DockerEngineIdentity.LIBPOD_API_HEADER) == null;
    }
  }
}
