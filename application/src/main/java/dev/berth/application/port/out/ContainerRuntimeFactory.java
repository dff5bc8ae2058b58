package dev.berth.application.port.out;

import java.util.Optional;

/**
 * A runtime berth can use. Each adapter contributes one, registered by {@link #name()};
 * adding a runtime means adding one of these (and passing the adapter contract suite).
 */
public interface ContainerRuntimeFactory {
  /** The name users select it by: {@code docker}, {@code podman}, ... */
  String name();

  /** A port for the engine at {@code endpoint}; does no I/O until first used. */
  ContainerRuntimePort connect(RuntimeEndpoint endpoint);

  /**
   * Whether the engine at {@code endpoint} answers and is of this kind (a Podman socket also
   * speaks Docker's API, so each runtime recognises its own engine). Never throws; bounded in time.
   */
  Optional<RuntimeInfo> probe(RuntimeEndpoint endpoint);
}
