package dev.berth.cli.discovery;

import java.nio.file.Path;

/** Where Docker's clients keep their config: {@code $DOCKER_CONFIG}, else {@code ~/.docker}. */
public final class DockerConfigDirectory {
  private DockerConfigDirectory() {}

  public static Path of(Environment environment) {
    return environment.variable("DOCKER_CONFIG").map(Path::of).orElse(environment.homeDirectory().resolve(".docker"));
  }
}
