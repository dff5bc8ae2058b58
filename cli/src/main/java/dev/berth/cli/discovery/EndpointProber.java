package dev.berth.cli.discovery;

import dev.berth.application.port.out.ContainerRuntimeFactory;
import dev.berth.application.port.out.RuntimeInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/** Asks each runtime whether the engine at a candidate is its own; the engine, not the path, decides the kind. */
public final class EndpointProber {
  private static final String UNIX_SCHEME = "unix://";

  public ProbeOutcome probe(Candidate candidate, Collection<ContainerRuntimeFactory> runtimes) {
    String uri = candidate.uri();
    // A missing socket file cannot answer: skipping it saves each runtime a client start-up.
    if (uri.startsWith(UNIX_SCHEME) && !Files.exists(Path.of(uri.substring(UNIX_SCHEME.length())))) {
      return ProbeOutcome.silent(candidate, "no socket file");
    }
    for (ContainerRuntimeFactory runtime : runtimes) {
      Optional<RuntimeInfo> info = runtime.probe(candidate.endpoint());
      if (info.isPresent()) {
        return ProbeOutcome.answered(candidate, runtime, info.get());
      }
    }
    return ProbeOutcome.silent(candidate, "no " + runtimes.stream().map(ContainerRuntimeFactory::name)
        .collect(Collectors.joining(" or ")) + " engine answers");
  }
}
