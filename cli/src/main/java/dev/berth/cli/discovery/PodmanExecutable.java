package dev.berth.cli.discovery;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** Finds the {@code podman} program on {@code PATH}, as a shell would. */
public final class PodmanExecutable {
  private final Environment environment;

  public PodmanExecutable(Environment environment) {
    this.environment = environment;
  }

  public Optional<Path> find() {
    return environment.variable("PATH").stream()
        .flatMap(path -> Arrays.stream(path.split(File.pathSeparator)))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, "podman"))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
