package dev.berth.application.service;

import dev.berth.application.port.in.InspectContainerUseCase;
import dev.berth.application.port.in.RemoveContainerUseCase;
import dev.berth.application.port.in.StartContainerUseCase;
import dev.berth.application.port.in.StopContainerUseCase;
import dev.berth.application.port.in.StreamLogsUseCase;
import dev.berth.application.port.in.WaitContainerUseCase;
import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.port.out.LogSink;
import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.container.ContainerId;
import java.time.Duration;

/** The use cases on a container that already exists; each is one engine call (start reads back its ports). */
public final class ContainerLifecycleService implements StartContainerUseCase, StopContainerUseCase,
    RemoveContainerUseCase, StreamLogsUseCase, WaitContainerUseCase, InspectContainerUseCase {
  private final ContainerRuntimePort runtime;

  public ContainerLifecycleService(ContainerRuntimePort runtime) {
    this.runtime = runtime;
  }

  @Override
  public ContainerDetails start(ContainerId container) {
    runtime.start(container);
    return runtime.inspect(container);
  }

  @Override
  public void stop(ContainerId container, Duration timeout) {
    runtime.stop(container, timeout);
  }

  @Override
  public void remove(ContainerId container) {
    runtime.remove(container);
  }

  @Override
  public void logs(ContainerId container, boolean follow, LogSink sink) {
    runtime.logs(container, follow, sink);
  }

  @Override
  public int waitForExit(ContainerId container) {
    return runtime.waitForExit(container);
  }

  @Override
  public ContainerDetails inspect(ContainerId container) {
    return runtime.inspect(container);
  }
}
