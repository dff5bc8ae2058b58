package dev.berth.application.port.in;

import dev.berth.domain.container.ContainerId;

/** Removes a container at once, running or not. */
public interface RemoveContainerUseCase {
  void remove(ContainerId container);
}
