package dev.berth.application.port.in;

import dev.berth.application.port.out.LogSink;
import dev.berth.domain.BerthStyle;
import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.request.CreationRequest;
import org.immutables.value.Value;

/** A run: the request, where its output goes, and whether to remove the container afterwards. */
@Value.Immutable
@BerthStyle
public interface RunCommand {
  CreationRequest request();

  LogSink output();

  @Value.Default
  default boolean removeAfter() {
    return false;
  }

  /** Told of each step, so a caller can clean up on interrupt or show the assigned ports. */
  @Value.Default
  default Listener listener() {
    return new Listener() {};
  }

  static ImmutableRunCommand.Builder builder() {
    return ImmutableRunCommand.builder();
  }

  /** Hooks into a run's steps; every method is optional. */
  interface Listener {
    default void created(ContainerId container) {}

    default void started(ContainerDetails container) {}

    default void removed(ContainerId container) {}
  }
}
