package dev.berth.adapters.podman;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.adapters.podman.libpod.ContainerInspect;
import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.container.ContainerState;
import dev.berth.domain.spec.EffectiveUser;
import dev.berth.domain.spec.ExtraHost;
import dev.berth.domain.spec.IpAddress;
import dev.berth.domain.spec.MemoryLimit;
import dev.berth.domain.spec.Mount;
import dev.berth.domain.spec.MountMode;
import dev.berth.domain.spec.PortMapping;
import dev.berth.domain.spec.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Reads an inspect that Podman 4.3.1 really answered (see src/test/resources/libpod). */
class ContainerDetailsMapperTest {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private static ObjectNode sample() throws IOException {
    try (InputStream json = ContainerDetailsMapperTest.class.getResourceAsStream("/libpod/inspect-exited-podman-4.3.1.json")) {
      return (ObjectNode) JSON.readTree(json);
    }
  }

  private static ContainerDetails details(ObjectNode inspect) throws IOException {
    return ContainerDetailsMapper.toDetails(JSON.treeToValue(inspect, ContainerInspect.class));
  }

  @Test
  void everySettingIsReadBack() throws IOException {
    ContainerDetails details = details(sample());

    assertThat(details.name()).isEqualTo("berth-inspect-sample");
    assertThat(details.image()).isEqualTo("localhost/berth-test:busybox");
    assertThat(details.state()).isEqualTo(ContainerState.EXITED);
    assertThat(details.exitCode()).hasValue(3);
    assertThat(details.command()).containsExactly("echo \"two words\"; exit 3");
    assertThat(details.workingDir()).isEqualTo("/var/task");
    assertThat(details.user()).contains(EffectiveUser.of(1000, 1000));
    assertThat(details.environment()).containsEntry("A", "1").containsEntry("EQ", "x=y")
        .containsEntry("container", "podman");
    assertThat(details.ports()).containsExactly(
        PortMapping.of(IpAddress.of("127.0.0.1"), OptionalInt.of(45841), 8080, Protocol.TCP));
    assertThat(details.memory()).contains(MemoryLimit.ofMegabytes(128));
    assertThat(details.extraHosts()).containsExactly(ExtraHost.parse("db:10.0.0.5"));
    assertThat(details.dns()).containsExactly(IpAddress.of("1.1.1.1"));
    assertThat(details.labels()).containsEntry("dev.berth.managed", "true");
    assertThat(details.networks()).containsExactly("podman");
    assertThat(details.tty()).isFalse();
  }

  /** Podman reports {@code Options: ["rbind"]} and {@code Propagation: "rprivate"}: the mode comes from {@code RW}. */
  @Test
  void mountModesSurvivePodmansOwnOptions() throws IOException {
    assertThat(details(sample()).mounts()).containsExactly(
        Mount.of("/tmp/berth-fn", "/var/task", MountMode.READ_ONLY),
        Mount.of("/tmp/berth-out", "/out", MountMode.READ_WRITE));
  }

  /** Podman 4 joins the entrypoint with spaces ("sh -c"); the process line keeps its arguments apart. */
  @Test
  void entrypointIsRebuiltFromTheProcessLine() throws IOException {
    ObjectNode inspect = sample();
    inspect.put("Path", "/bin/tool");
    inspect.putArray("Args").add("--flag with space").add("echo \"two words\"; exit 3");
    ((ObjectNode) inspect.get("Config")).put("Entrypoint", "/bin/tool --flag with space");

    assertThat(details(inspect).entrypoint()).containsExactly("/bin/tool", "--flag with space");
  }

  @Test
  void entrypointReportedAsAnArrayIsTakenAsIs() throws IOException {
    ObjectNode inspect = sample();
    ((ObjectNode) inspect.get("Config")).putArray("Entrypoint").add("sh").add("-c");

    assertThat(details(inspect).entrypoint()).containsExactly("sh", "-c");
  }

  @Test
  void noEntrypointIsEmpty() throws IOException {
    ObjectNode inspect = sample();
    inspect.put("Path", "echo \"two words\"; exit 3");
    inspect.putArray("Args");
    ((ObjectNode) inspect.get("Config")).put("Entrypoint", "");

    assertThat(details(inspect).entrypoint()).isEmpty();
  }

  /** Seen on Podman 4.3.1 for {@code create IMAGE true}: Path "true", Args ["true"], Entrypoint "". */
  @Test
  void aOneWordCommandIsNotTakenForAnEntrypoint() throws IOException {
    ObjectNode inspect = sample();
    inspect.put("Path", "true");
    inspect.putArray("Args").add("true");
    ObjectNode config = (ObjectNode) inspect.get("Config");
    config.put("Entrypoint", "");
    config.putArray("Cmd").add("true");

    assertThat(details(inspect).entrypoint()).isEmpty();
    assertThat(details(inspect).command()).containsExactly("true");
  }

  @Test
  void hostNetworkIsNamedHost() throws IOException {
    ObjectNode inspect = sample();
    ((ObjectNode) inspect.get("HostConfig")).put("NetworkMode", "host");

    assertThat(details(inspect).networks()).containsExactly("host");
  }

  @Test
  void aNamedOrAbsentUserIsNoEffectiveUser() throws IOException {
    ObjectNode inspect = sample();
    ((ObjectNode) inspect.get("Config")).put("User", "");
    assertThat(details(inspect).user()).isEmpty();
    ((ObjectNode) inspect.get("Config")).put("User", "nobody");
    assertThat(details(inspect).user()).isEmpty();
  }

  @Test
  void aRunningContainerHasNoExitCodeYet() throws IOException {
    ObjectNode inspect = sample();
    ((ObjectNode) inspect.get("State")).put("Status", "running");

    assertThat(details(inspect).exitCode()).isEmpty();
  }
}
