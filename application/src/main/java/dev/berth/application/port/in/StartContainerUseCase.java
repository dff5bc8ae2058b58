package dev.berth.application.port.in;

import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.container.ContainerId;

/** Starts a created container; the details carry the host ports the engine assigned. */
public interface StartContainerUseCase {
  ContainerDetails start(ContainerId container);
}
