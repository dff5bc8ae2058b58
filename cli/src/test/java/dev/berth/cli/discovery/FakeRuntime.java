package dev.berth.cli.discovery;

import dev.berth.application.port.out.ContainerRuntimeFactory;
import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.port.out.RuntimeEndpoint;
import dev.berth.application.port.out.RuntimeInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** A runtime that recognises the engines at the endpoints it is told, and records what it was asked. */
final class FakeRuntime implements ContainerRuntimeFactory {
  private final String name;
  private final Set<String> ownEndpoints = new HashSet<>();
  private Predicate<String> ownPattern = uri -> false;
  final List<String> probed = new ArrayList<>();

  FakeRuntime(String name) {
    this.name = name;
  }

  FakeRuntime answersAt(String uri) {
    ownEndpoints.add(uri);
    return this;
  }

  FakeRuntime answersWhere(Predicate<String> uris) {
    ownPattern = uris;
    return this;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ContainerRuntimePort connect(RuntimeEndpoint endpoint) {
    throw new UnsupportedOperationException("discovery never connects");
  }

  @Override
  public Optional<RuntimeInfo> probe(RuntimeEndpoint endpoint) {
    probed.add(endpoint.uri());
    if (!ownEndpoints.contains(endpoint.uri()) && !ownPattern.test(endpoint.uri())) {
      return Optional.empty();
    }
    return Optional.of(RuntimeInfo.builder().runtime(name).endpoint(endpoint.uri())
        .engineVersion("1.0").apiVersion("1.41").build());
  }
}
