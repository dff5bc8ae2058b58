package dev.berth.adapters.docker;

import dev.berth.application.contract.ContainerRuntimeContract;
import dev.berth.application.port.out.ContainerRuntimeFactory;
import dev.berth.application.port.out.RuntimeEndpoint;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The adapter contract suite against the real dockerd ({@code BERTH_DOCKER_HOST}, else the default socket). */
class DockerRuntimeContractIT extends ContainerRuntimeContract {
  /** An empty client config: the host's own ~/.docker must not change what the suite sees. */
  @TempDir Path dockerConfigDir;

  @Override
  public ContainerRuntimeFactory factory() {
    return new DockerRuntimeFactory(dockerConfigDir);
  }

  @Override
  public RuntimeEndpoint endpoint() {
    return DockerTestEngine.endpoint();
  }
}
