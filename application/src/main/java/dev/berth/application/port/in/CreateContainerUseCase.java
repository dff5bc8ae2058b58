package dev.berth.application.port.in;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.request.CreationRequest;

/** Validates a request, applies the creation rules and creates the container (not started). */
public interface CreateContainerUseCase {
  ContainerId create(CreationRequest request);
}
