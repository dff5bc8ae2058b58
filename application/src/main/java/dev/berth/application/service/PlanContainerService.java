package dev.berth.application.service;

import dev.berth.application.port.in.ContainerPlan;
import dev.berth.application.port.in.PlanContainerUseCase;
import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.port.out.HostPort;
import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.spec.ContainerSpec;

/** What create would send, and nothing else: no engine call, no directory created. */
public final class PlanContainerService implements PlanContainerUseCase {
  private final ContainerRuntimePort runtime;
  private final SpecResolver resolver;

  public PlanContainerService(ContainerRuntimePort runtime, HostPort host) {
    this.runtime = runtime;
    this.resolver = new SpecResolver(runtime, host);
  }

  @Override
  public ContainerPlan plan(CreationRequest request) {
    ContainerSpec spec = resolver.resolve(request);
    return ContainerPlan.of(spec, runtime.describeCreateRequest(spec));
  }
}
