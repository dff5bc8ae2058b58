package dev.berth.cli.discovery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The places berth looks for an engine, in the order it looks; an endpoint named twice is tried once. */
public final class DiscoveryChain {
  private final List<EndpointStrategy> strategies;

  public DiscoveryChain(List<EndpointStrategy> strategies) {
    this.strategies = List.copyOf(strategies);
  }

  /** The order: variables first, then Docker's sockets, then Podman's. */
  public static DiscoveryChain standard() {
    return new DiscoveryChain(List.of(
        HostVariableStrategy.containerHost(),
        HostVariableStrategy.dockerHost(),
        new DockerContextStrategy(),
        SocketPathStrategy.at("/var/run/docker.sock"),
        SocketPathStrategy.underRuntimeDir("docker.sock"),
        SocketPathStrategy.underHome(".docker/run/docker.sock"),
        SocketPathStrategy.at("/run/podman/podman.sock"),
        SocketPathStrategy.underRuntimeDir("podman/podman.sock")));
  }

  public List<Candidate> candidates(Environment environment) {
    Set<String> seen = new LinkedHashSet<>();
    List<Candidate> candidates = new ArrayList<>();
    for (EndpointStrategy strategy : strategies) {
      strategy.candidate(environment)
          .filter(candidate -> seen.add(candidate.uri()))
          .ifPresent(candidates::add);
    }
    return candidates;
  }
}
