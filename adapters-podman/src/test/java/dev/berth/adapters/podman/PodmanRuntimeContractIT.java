package dev.berth.adapters.podman;

import dev.berth.application.contract.ContainerRuntimeContract;
import dev.berth.application.port.out.ContainerRuntimeFactory;
import dev.berth.application.port.out.RuntimeEndpoint;

/** The adapter contract suite against the real Podman service. */
class PodmanRuntimeContractIT extends ContainerRuntimeContract {
  @Override
  public ContainerRuntimeFactory factory() {
    return new PodmanRuntimeFactory();
  }

  @Override
  public RuntimeEndpoint endpoint() {
    return PodmanEndpoint.underTest();
  }
}
