package dev.berth.application.service;

import dev.berth.application.port.in.CreateContainerUseCase;
import dev.berth.application.port.in.RunCommand;
import dev.berth.application.port.in.RunContainerUseCase;
import dev.berth.application.port.in.RunResult;
import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.container.ContainerId;

/**
 * Create, start, stream the output until the container stops, return its exit code. A run that
 * fails once its container exists removes it, so a failed run leaves nothing behind; a run that
 * succeeds removes it only when asked.
 */
public final class RunContainerService implements RunContainerUseCase {
  private final CreateContainerUseCase create;
  private final ContainerRuntimePort runtime;

  public RunContainerService(CreateContainerUseCase create, ContainerRuntimePort runtime) {
    this.create = create;
    this.runtime = runtime;
  }

  @Override
  public RunResult run(RunCommand command) {
    ContainerId container = create.create(command.request());
    command.listener().created(container);
    int exitCode;
    try {
      runtime.start(container);
      ContainerDetails started = runtime.inspect(container);
      command.listener().started(started);
      runtime.logs(container, true, command.output());
      exitCode = runtime.waitForExit(container);
    } catch (RuntimeException failure) {
      Removal.removeAfterFailure(runtime, container, failure);
      command.listener().removed(container);
      throw failure;
    }
    if (command.removeAfter()) {
      runtime.remove(container);
      command.listener().removed(container);
    }
    return RunResult.of(container, exitCode, command.removeAfter());
  }
}
