package dev.berth.application.port.out;

import dev.berth.domain.BerthStyle;
import org.immutables.value.Value;

/** Who answered a ping: the kind of engine, its versions, and where it was reached. */
@Value.Immutable
@BerthStyle
public interface RuntimeInfo {
  /** The runtime's registered name: {@code docker}, {@code podman}, ... */
  String runtime();

  String endpoint();

  String engineVersion();

  String apiVersion();

  @Value.Default
  default boolean rootless() {
    return false;
  }

  static ImmutableRuntimeInfo.Builder builder() {
    return ImmutableRuntimeInfo.builder();
  }
}
