package dev.berth.cli.discovery;

import dev.berth.application.port.out.ContainerRuntimeFactory;
import dev.berth.application.port.out.RuntimeEndpoint;
import dev.berth.domain.error.EngineUnreachableException;
import dev.berth.domain.error.InvalidSpecException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which engine a command talks to: the runtime the user chose ({@code --runtime}, {@code BERTH_RUNTIME},
 * else {@code auto}) at the first candidate endpoint that answers as that runtime.
 */
public final class RuntimeDiscovery {
  public static final String AUTO = "auto";
  private static final String PODMAN = "podman";
  private static final String BERTH_RUNTIME = "BERTH_RUNTIME";

  private final Map<String, ContainerRuntimeFactory> runtimes;
  private final DiscoveryChain chain;
  private final EndpointProber prober;
  private final Environment environment;
  private final PodmanExecutable podmanExecutable;
  private final PrintStream stderr;

  public RuntimeDiscovery(Map<String, ContainerRuntimeFactory> runtimes, DiscoveryChain chain, EndpointProber prober,
      Environment environment, PodmanExecutable podmanExecutable, PrintStream stderr) {
    this.runtimes = new TreeMap<>(runtimes);
    this.chain = chain;
    this.prober = prober;
    this.environment = environment;
    this.podmanExecutable = podmanExecutable;
    this.stderr = stderr;
  }

  /** The runtimes a choice allows, in name order; all of them for {@code auto}. */
  public List<ContainerRuntimeFactory> allowed(Optional<String> runtimeFlag) {
    Optional<String> fromEnvironment = runtimeFlag.isPresent() ? Optional.empty() : environment.variable(BERTH_RUNTIME);
    String choice = runtimeFlag.or(() -> fromEnvironment).orElse(AUTO);
    if (choice.equals(AUTO)) {
      return List.copyOf(runtimes.values());
    }
    ContainerRuntimeFactory runtime = runtimes.get(choice);
    if (runtime == null) {
      // Name what the user set: the flag, or the variable when the choice came from there.
      throw new InvalidSpecException(fromEnvironment.isPresent() ? BERTH_RUNTIME : "runtime", choice,
          "expected " + AUTO + ", " + String.join(" or ", runtimes.keySet()));
    }
    return List.of(runtime);
  }

  /** Where to look: only {@code --host} when given, otherwise the whole chain. */
  public List<Candidate> candidates(Optional<String> hostFlag) {
    return hostFlag.map(host -> List.of(new Candidate("--host", RuntimeEndpoint.of(host))))
        .orElseGet(() -> chain.candidates(environment));
  }

  public EngineSelection select(Optional<String> runtimeFlag, Optional<String> hostFlag) {
    List<ContainerRuntimeFactory> allowed = allowed(runtimeFlag);
    List<Candidate> candidates = candidates(hostFlag);
    if (hostFlag.isPresent() && allowed.size() == 1) {
      // Runtime and endpoint both named: nothing to discover, and the first real call reports a dead engine.
      return EngineSelection.of(allowed.get(0), candidates.get(0).endpoint());
    }
    List<ProbeOutcome> tried = new ArrayList<>();
    for (Candidate candidate : candidates) {
      ProbeOutcome outcome = prober.probe(candidate, allowed);
      if (outcome.answer().isPresent()) {
        return EngineSelection.of(outcome.answer().get().runtime(), candidate.endpoint());
      }
      tried.add(outcome);
    }
    Optional<EngineSelection> transientPodman = hostFlag.isPresent() ? Optional.empty() : transientPodman(allowed);
    return transientPodman.orElseThrow(() -> unreachable(tried));
  }

  /** When Podman is allowed and installed but nothing answered: a service of its own, for this command. */
  private Optional<EngineSelection> transientPodman(List<ContainerRuntimeFactory> allowed) {
    Optional<ContainerRuntimeFactory> podman = allowed.stream().filter(runtime -> runtime.name().equals(PODMAN)).findFirst();
    return podman.flatMap(runtime -> podmanExecutable.find()).map(executable -> {
      TransientPodmanService service = TransientPodmanService.start(executable, podman.get(), stderr);
      return new EngineSelection(podman.get(), service.endpoint(), service::close);
    });
  }

  private static EngineUnreachableException unreachable(List<ProbeOutcome> tried) {
    if (tried.size() == 1) {
      return new EngineUnreachableException(tried.get(0).candidate().uri(), tried.get(0).status());
    }
    return new EngineUnreachableException("any known endpoint",
        "tried " + tried.stream().map(ProbeOutcome::describe).collect(Collectors.joining("; ")));
  }

  /**
   * For {@code plan}, which creates nothing: each allowed runtime, unprobed, at the first candidate.
   * Only {@code auto} with {@code --host} asks the engine there which runtime it is.
   */
  public List<EngineSelection> planTargets(Optional<String> runtimeFlag, Optional<String> hostFlag) {
    List<ContainerRuntimeFactory> allowed = allowed(runtimeFlag);
    if (allowed.size() > 1 && hostFlag.isPresent()) {
      return List.of(select(runtimeFlag, hostFlag));
    }
    RuntimeEndpoint endpoint = candidates(hostFlag).get(0).endpoint();
    return allowed.stream().map(runtime -> EngineSelection.of(runtime, endpoint)).collect(Collectors.toList());
  }

  /** Every candidate, probed with every allowed runtime: what {@code berth runtimes} shows. */
  public List<ProbeOutcome> survey(Optional<String> runtimeFlag, Optional<String> hostFlag) {
    List<ContainerRuntimeFactory> allowed = allowed(runtimeFlag);
    return candidates(hostFlag).stream().map(candidate -> prober.probe(candidate, allowed)).collect(Collectors.toList());
  }
}
