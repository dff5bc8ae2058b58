package dev.berth.application.port.in;

import dev.berth.domain.request.CreationRequest;

/** Resolves a request into the spec and the request body the runtime would send; touches no engine. */
public interface PlanContainerUseCase {
  ContainerPlan plan(CreationRequest request);
}
