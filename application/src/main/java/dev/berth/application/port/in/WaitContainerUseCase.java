package dev.berth.application.port.in;

import dev.berth.domain.container.ContainerId;

/** Waits for a container to exit and returns its exit code. */
public interface WaitContainerUseCase {
  int waitForExit(ContainerId container);
}
