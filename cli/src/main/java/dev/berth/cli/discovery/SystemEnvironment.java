package dev.berth.cli.discovery;

import java.nio.file.Path;
import java.util.Optional;

/** The real environment of this process. */
public final class SystemEnvironment implements Environment {
  @Override
  public Optional<String> variable(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
  }

  @Override
  public Path homeDirectory() {
    return Path.of(System.getProperty("user.home"));
  }
}
