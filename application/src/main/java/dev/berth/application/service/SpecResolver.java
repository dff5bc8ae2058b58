package dev.berth.application.service;

import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.port.out.HostPort;
import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.request.HostFacts;
import dev.berth.domain.rules.CreationRules;
import dev.berth.domain.spec.ContainerSpec;

/** Gathers the host's facts and applies the creation rules; calls no engine. */
final class SpecResolver {
  private final ContainerRuntimePort runtime;
  private final HostPort host;

  SpecResolver(ContainerRuntimePort runtime, HostPort host) {
    this.runtime = runtime;
    this.host = host;
  }

  ContainerSpec resolve(CreationRequest request) {
    HostFacts facts = host.facts(request.codeDir());
    return CreationRules.resolve(request, facts, runtime.windowsPathStyle());
  }
}
