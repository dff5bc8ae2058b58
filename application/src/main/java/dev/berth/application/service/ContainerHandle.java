package dev.berth.application.service;

import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.ContainerAlreadyCreatedException;
import dev.berth.domain.spec.ContainerSpec;
import dev.berth.domain.spec.NetworkName;
import java.util.Optional;

/**
 * One container to be: it is created once (R15), and a failure to join its network removes it
 * again (R14), whatever the failure, so nothing leaks.
 */
public final class ContainerHandle {
  private final ContainerRuntimePort runtime;
  private final ContainerSpec spec;
  private ContainerId id;

  public ContainerHandle(ContainerRuntimePort runtime, ContainerSpec spec) {
    this.runtime = runtime;
    this.spec = spec;
  }

  public synchronized ContainerId create() {
    if (id != null) {
      throw new ContainerAlreadyCreatedException();
    }
    ContainerId created = runtime.create(spec);
    spec.networkToConnect().ifPresent(network -> connectOrRemove(created, network));
    id = created;
    return created;
  }

  public synchronized Optional<ContainerId> id() {
    return Optional.ofNullable(id);
  }

  public ContainerSpec spec() {
    return spec;
  }

  private void connectOrRemove(ContainerId created, NetworkName network) {
    try {
      runtime.connect(created, network);
    } catch (RuntimeException connectFailure) {
      Removal.removeAfterFailure(runtime, created, connectFailure);
      throw connectFailure;
    }
  }
}
