package dev.berth.application.port.in;

import dev.berth.domain.container.ContainerId;
import java.time.Duration;

/** Stops a running container, killing it after the timeout. */
public interface StopContainerUseCase {
  void stop(ContainerId container, Duration timeout);
}
