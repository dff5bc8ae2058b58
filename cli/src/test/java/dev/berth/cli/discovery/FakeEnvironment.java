package dev.berth.cli.discovery;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An environment made of the variables a test sets. */
final class FakeEnvironment implements Environment {
  private final Map<String, String> variables = new HashMap<>();
  private final Path home;

  FakeEnvironment(Path home) {
    this.home = home;
  }

  FakeEnvironment with(String name, String value) {
    variables.put(name, value);
    return this;
  }

  @Override
  public Optional<String> variable(String name) {
    return Optional.ofNullable(variables.get(name));
  }

  @Override
  public Path homeDirectory() {
    return home;
  }
}
