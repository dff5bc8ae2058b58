package dev.berth.application.contract;

import dev.berth.application.port.out.ContainerRuntimeFactory;
import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.port.out.RuntimeEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The adapter contract suite (the TCK): every {@link dev.berth.application.port.out.ContainerRuntimePort}
 * must pass it against its real engine. An adapter proves itself with one subclass that says
 * which factory to use and where its engine listens:
 *
 * <pre>{@code
 * class DockerRuntimeContractIT extends ContainerRuntimeContract {
 *   protected ContainerRuntimeFactory factory() { return new DockerRuntimeFactory(configDir); }
 *   protected RuntimeEndpoint endpoint() { return RuntimeEndpoint.of("unix:///var/run/docker.sock"); }
 * }
 * }</pre>
 *
 * <p>Each test runs against a freshly connected port, is skipped (or, with {@code CI=true},
 * failed) when the engine does not answer, and removes every container it created.
 */
public abstract class ContainerRuntimeContract
    implements CreateSettingsContract, LifecycleContract, EngineErrorContract, EndpointContract {
  private ContainerRuntimePort runtime;
  private ContractContainers containers;

  @Override
  public abstract ContainerRuntimeFactory factory();

  @Override
  public abstract RuntimeEndpoint endpoint();

  @Override
  public ContainerRuntimePort runtime() {
    return runtime;
  }

  @Override
  public ContractContainers containers() {
    return containers;
  }

  @BeforeEach
  void connectToAnsweringEngine() {
    runtime = factory().connect(endpoint());
    EngineAvailability.requireAnswering(runtime, endpoint());
    containers = new ContractContainers(runtime);
  }

  @AfterEach
  void removeThisTestsContainers() {
    if (containers != null) {
      containers.removeAll();
    }
  }
}
