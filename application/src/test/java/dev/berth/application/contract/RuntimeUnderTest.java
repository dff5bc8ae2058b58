package dev.berth.application.contract;

import dev.berth.application.port.out.ContainerRuntimeFactory;
import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.port.out.RuntimeEndpoint;

/** What each part of the contract needs: the adapter, where its engine is, and this test's containers. */
public interface RuntimeUnderTest {
  ContainerRuntimeFactory factory();

  /** Where the engine under test listens. */
  RuntimeEndpoint endpoint();

  /** The port connected to {@link #endpoint()}, one per test. */
  ContainerRuntimePort runtime();

  ContractContainers containers();
}
