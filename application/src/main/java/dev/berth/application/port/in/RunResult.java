package dev.berth.application.port.in;

import dev.berth.domain.BerthStyle;
import dev.berth.domain.container.ContainerId;
import org.immutables.value.Value;

/** How a run ended: which container, and the exit code it returned. */
@Value.Immutable
@BerthStyle
public interface RunResult {
  ContainerId container();

  int exitCode();

  boolean removed();

  static RunResult of(ContainerId container, int exitCode, boolean removed) {
    return ImmutableRunResult.builder().container(container).exitCode(exitCode).removed(removed).build();
  }
}
