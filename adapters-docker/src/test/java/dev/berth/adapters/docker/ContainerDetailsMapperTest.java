package dev.berth.adapters.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.core.DockerClientConfig;
import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.container.ContainerState;
import dev.berth.domain.spec.EffectiveUser;
import dev.berth.domain.spec.ExtraHost;
import dev.berth.domain.spec.IpAddress;
import dev.berth.domain.spec.MemoryLimit;
import dev.berth.domain.spec.MountConsistency;
import dev.berth.domain.spec.MountMode;
import dev.berth.domain.spec.PortMapping;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Inspect answers recorded from the real Docker 20.10, read back into the domain's terms. */
class ContainerDetailsMapperTest {
  private final ContainerDetailsMapper mapper = new ContainerDetailsMapper();

  @Test
  void runningContainerReportsEverySettingWithTheAssignedHostPort() throws IOException {
    ContainerDetails details = details("inspect-running.json");

    assertThat(details.name()).isEqualTo("berth-fixture-inspect");
    assertThat(details.state()).isEqualTo(ContainerState.RUNNING);
    assertThat(details.exitCode()).isEmpty();
    assertThat(details.command()).containsExactly("sleep", "30");
    assertThat(details.workingDir()).isEqualTo("/var/task");
    assertThat(details.environment()).containsEntry("MODE", "debug");
    assertThat(details.memory()).contains(MemoryLimit.ofMegabytes(128));
    assertThat(details.dns()).containsExactly(IpAddress.of("10.0.0.53"));
    assertThat(details.labels()).containsEntry("dev.berth.managed", "true");
    assertThat(details.networks()).containsExactly("bridge");
    assertThat(details.ports())
        .extracting(port -> port.hostInterface().value(), PortMapping::hostPort, PortMapping::containerPort)
        .containsExactlyInAnyOrder(tuple("127.0.0.1", OptionalInt.of(32773), 8080),
            tuple("127.0.0.1", OptionalInt.of(5123), 9229));
    assertThat(details.mounts()).singleElement().satisfies(mount -> {
      assertThat(mount.target().value()).isEqualTo("/var/task");
      assertThat(mount.mode()).isEqualTo(MountMode.READ_ONLY);
      assertThat(mount.consistency()).isEqualTo(MountConsistency.DELEGATED);
    });
  }

  @Test
  void extraHostWithoutAnAddressIsLeftOut() throws IOException {
    assertThat(details("inspect-running.json").extraHosts())
        .containsExactly(ExtraHost.of("db", IpAddress.of("10.0.0.7")));
  }

  @Test
  void userNameIsNoEffectiveUser() throws IOException {
    assertThat(details("inspect-running.json").user()).isEmpty();
  }

  @Test
  void createdContainerReportsTheRequestedBindingWithoutHostPortYet() throws IOException {
    ContainerDetails details = details("inspect-created.json");

    assertThat(details.state()).isEqualTo(ContainerState.CREATED);
    assertThat(details.exitCode()).isEmpty();
    assertThat(details.user()).contains(EffectiveUser.of(1000, 1000));
    assertThat(details.ports())
        .extracting(port -> port.hostInterface().value(), PortMapping::hostPort, PortMapping::containerPort)
        .containsExactly(tuple("127.0.0.1", OptionalInt.empty(), 8080));
    assertThat(details.hostPortFor(8080)).isEmpty();
  }

  @Test
  void exitedContainerReportsItsExitCode() throws IOException {
    ContainerDetails details = details("inspect-exited.json");

    assertThat(details.state()).isEqualTo(ContainerState.EXITED);
    assertThat(details.exitCode()).hasValue(3);
  }

  private ContainerDetails details(String resource) throws IOException {
    try (InputStream json = getClass().getResourceAsStream(resource)) {
      return mapper.details(DockerClientConfig.getDefaultObjectMapper().readValue(json, InspectContainerResponse.class));
    }
  }
}
