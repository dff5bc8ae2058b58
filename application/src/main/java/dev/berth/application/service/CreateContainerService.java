package dev.berth.application.service;

import dev.berth.application.port.in.CreateContainerUseCase;
import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.port.out.HostPort;
import dev.berth.application.port.out.ProgressReporter;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.rules.TmpDirRule;
import dev.berth.domain.spec.ContainerSpec;

/**
 * Validate, apply the rules, prepare the host (R12), make sure the image is there, then create
 * the container and join its network through a {@link ContainerHandle} (R14, R15).
 */
public final class CreateContainerService implements CreateContainerUseCase {
  private final ContainerRuntimePort runtime;
  private final HostPort host;
  private final ProgressReporter progress;
  private final SpecResolver resolver;

  public CreateContainerService(ContainerRuntimePort runtime, HostPort host, ProgressReporter progress) {
    this.runtime = runtime;
    this.host = host;
    this.progress = progress;
    this.resolver = new SpecResolver(runtime, host);
  }

  @Override
  public ContainerId create(CreationRequest request) {
    ContainerSpec spec = resolver.resolve(request);
    TmpDirRule.directoryToCreate(request).ifPresent(host::createDirectories);
    if (!runtime.imagePresent(spec.image())) {
      progress.report("pulling image " + spec.image().value());
      runtime.pullImage(spec.image(), progress);
    }
    return new ContainerHandle(runtime, spec).create();
  }
}
