package dev.berth.application.port.in;

import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.container.ContainerId;

/** Reads a container as the engine reports it. */
public interface InspectContainerUseCase {
  ContainerDetails inspect(ContainerId container);
}
