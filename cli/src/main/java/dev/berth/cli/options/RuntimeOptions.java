package dev.berth.cli.options;

import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --runtime} and {@code --host}, on every command that talks to an engine. */
public final class RuntimeOptions {
  @Option(names = "--runtime", paramLabel = "RUNTIME",
      description = "Container runtime: docker, podman or auto (the default: $BERTH_RUNTIME, else auto). "
          + "auto uses the first engine that answers and asks it what it is.")
  private String runtime;

  @Option(names = "--host", paramLabel = "URI",
      description = "Engine endpoint, unix:///path/to/socket or tcp://host:port. "
          + "Without it berth tries CONTAINER_HOST, DOCKER_HOST, the Docker context and the well-known sockets.")
  private String host;

  public Optional<String> runtime() {
    return Optional.ofNullable(runtime);
  }

  public Optional<String> host() {
    return Optional.ofNullable(host);
  }
}
