package dev.berth.application.service;

import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.domain.container.ContainerId;

/** Removing a container on the way out of a failure, without hiding the failure itself. */
final class Removal {
  private Removal() {}

  static void removeAfterFailure(ContainerRuntimePort runtime, ContainerId container, Throwable failure) {
    try {
      runtime.remove(container);
    } catch (RuntimeException removalFailure) {
      failure.addSuppressed(removalFailure);
    }
  }
}
