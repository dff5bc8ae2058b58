package dev.berth.cli.discovery;

import dev.berth.application.port.out.RuntimeEndpoint;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/** A well-known unix socket, at a fixed path or relative to the user's runtime or home directory. */
public final class SocketPathStrategy implements EndpointStrategy {
  private final String source;
  private final Function<Environment, Optional<Path>> socket;

  private SocketPathStrategy(String source, Function<Environment, Optional<Path>> socket) {
    this.source = source;
    this.socket = socket;
  }

  public static SocketPathStrategy at(String path) {
    return new SocketPathStrategy(path, environment -> Optional.of(Path.of(path)));
  }

  /** Below {@code $XDG_RUNTIME_DIR}, where rootless engines put their sockets. */
  public static SocketPathStrategy underRuntimeDir(String relative) {
    return new SocketPathStrategy("$XDG_RUNTIME_DIR/" + relative,
        environment -> environment.variable("XDG_RUNTIME_DIR").map(dir -> Path.of(dir, relative)));
  }

  public static SocketPathStrategy underHome(String relative) {
    return new SocketPathStrategy("~/" + relative,
        environment -> Optional.of(environment.homeDirectory().resolve(relative)));
  }

  @Override
  public Optional<Candidate> candidate(Environment environment) {
    return socket.apply(environment)
        .map(path -> new Candidate(source, RuntimeEndpoint.of("unix://" + path.toAbsolutePath())));
  }
}
