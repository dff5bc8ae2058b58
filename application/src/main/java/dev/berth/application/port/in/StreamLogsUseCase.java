package dev.berth.application.port.in;

import dev.berth.application.port.out.LogSink;
import dev.berth.domain.container.ContainerId;

/** Streams a container's output as it comes; with follow, until the container stops. */
public interface StreamLogsUseCase {
  void logs(ContainerId container, boolean follow, LogSink sink);
}
