package dev.berth.adapters.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.port.out.RuntimeEndpoint;
import dev.berth.domain.spec.ContainerName;
import dev.berth.domain.spec.ContainerPath;
import dev.berth.domain.spec.ContainerSpec;
import dev.berth.domain.spec.EffectiveUser;
import dev.berth.domain.spec.ExtraHost;
import dev.berth.domain.spec.ImageRef;
import dev.berth.domain.spec.ImmutableContainerSpec;
import dev.berth.domain.spec.ImmutableMount;
import dev.berth.domain.spec.IpAddress;
import dev.berth.domain.spec.MemoryLimit;
import dev.berth.domain.spec.Mount;
import dev.berth.domain.spec.MountConsistency;
import dev.berth.domain.spec.MountMode;
import dev.berth.domain.spec.NetworkName;
import dev.berth.domain.spec.PortMapping;
import dev.berth.domain.spec.Protocol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The create body, read as Docker would; the endpoint has no engine behind it, so none is touched. */
class DescribeCreateRequestTest {
  private static final IpAddress LOOPBACK = IpAddress.of("127.0.0.1");

  @TempDir Path configDir;
  private ContainerRuntimePort runtime;

  @BeforeEach
  void connectToNoEngine() {
    runtime = new DockerRuntimeFactory(configDir).connect(RuntimeEndpoint.of("unix:///nonexistent/docker.sock"));
  }

  @Test
  void everySettingIsInTheBody() throws IOException {
    JsonNode body = describe(spec()
        .addEntrypoint("/bin/sh", "-c")
        .user(EffectiveUser.of(1000, 1000))
        .putEnvironment("MODE", "debug")
        .memory(MemoryLimit.ofMegabytes(128))
        .addExtraHost(ExtraHost.of("db", IpAddress.of("10.0.0.7")))
        .addDns(IpAddress.of("10.0.0.53"))
        .putLabel("team", "payments")
        .tty(true));

    assertThat(body.path("Image").asText()).isEqualTo("localhost/berth-test:busybox");
    assertThat(body.path("Cmd")).containsExactly(text("echo"), text("hi"));
    assertThat(body.path("Entrypoint")).containsExactly(text("/bin/sh"), text("-c"));
    assertThat(body.path("WorkingDir").asText()).isEqualTo("/var/task");
    assertThat(body.path("User").asText()).isEqualTo("1000:1000");
    assertThat(body.path("Env")).containsExactly(text("MODE=debug"));
    assertThat(body.path("Tty").asBoolean()).isTrue();
    assertThat(body.path("Labels").path("team").asText()).isEqualTo("payments");
    JsonNode host = body.path("HostConfig");
    assertThat(host.path("Memory").asLong()).isEqualTo(134_217_728L);
    assertThat(host.path("ExtraHosts")).containsExactly(text("db:10.0.0.7"));
    assertThat(host.path("Dns")).containsExactly(text("10.0.0.53"));
  }

  @Test
  void berthsLabelIsAlwaysSent() throws IOException {
    ContainerSpec withoutIt = spec().build().withLabels(java.util.Map.of("team", "payments"));

    JsonNode body = json(runtime.describeCreateRequest(withoutIt));

    assertThat(body.path("Labels").path(ContainerSpec.MANAGED_LABEL).asText()).isEqualTo("true");
  }

  @Test
  void codeMountIsABindMountWithItsModeAndDelegatedConsistency() throws IOException {
    Mount delegated = ImmutableMount.copyOf(Mount.of("/home/me/app", "/var/task", MountMode.READ_ONLY))
        .withConsistency(MountConsistency.DELEGATED);

    JsonNode mount = describe(spec().addMount(delegated)).path("HostConfig").path("Mounts").path(0);

    assertThat(mount.path("Type").asText()).isEqualTo("bind");
    assertThat(mount.path("Source").asText()).isEqualTo("/home/me/app");
    assertThat(mount.path("Target").asText()).isEqualTo("/var/task");
    assertThat(mount.path("ReadOnly").asBoolean()).isTrue();
    assertThat(mount.path("Consistency").asText()).isEqualTo("delegated");
  }

  @Test
  void writableMountWithoutHintIsReadWriteAndSaysNoConsistency() throws IOException {
    JsonNode mount = describe(spec().addMount(Mount.of("/home/me/out", "/out", MountMode.READ_WRITE)))
        .path("HostConfig").path("Mounts").path(0);

    assertThat(mount.path("ReadOnly").asBoolean()).isFalse();
    assertThat(mount.has("Consistency")).isFalse();
  }

  @Test
  void portsAreExposedAndBoundOnTheHostInterfaceWithEmptyHostPortForTheEngineToAssign() throws IOException {
    JsonNode body = describe(spec()
        .addPort(PortMapping.of(LOOPBACK, OptionalInt.of(5123), 8080, Protocol.TCP))
        .addPort(PortMapping.of(LOOPBACK, OptionalInt.empty(), 9229, Protocol.TCP)));

    assertThat(body.path("ExposedPorts").has("8080/tcp")).isTrue();
    assertThat(body.path("ExposedPorts").has("9229/tcp")).isTrue();
    JsonNode bindings = body.path("HostConfig").path("PortBindings");
    assertThat(bindings.path("8080/tcp").path(0).path("HostIp").asText()).isEqualTo("127.0.0.1");
    assertThat(bindings.path("8080/tcp").path(0).path("HostPort").asText()).isEqualTo("5123");
    assertThat(bindings.path("9229/tcp").path(0).path("HostIp").asText()).isEqualTo("127.0.0.1");
    assertThat(bindings.path("9229/tcp").path(0).path("HostPort").asText()).isEmpty();
  }

  @Test
  void hostNetworkIsChosenAtCreate() throws IOException {
    JsonNode body = describe(spec().network(NetworkName.of("host")));

    assertThat(body.path("HostConfig").path("NetworkMode").asText()).isEqualTo("host");
  }

  @Test
  void otherNetworksAreLeftToConnectAfterCreate() throws IOException {
    JsonNode body = describe(spec().network(NetworkName.of("sam-net")));

    assertThat(body.path("HostConfig").path("NetworkMode").isMissingNode()
        || body.path("HostConfig").path("NetworkMode").isNull()).isTrue();
  }

  @Test
  void configProxiesAreInTheEnvironmentAndTheSpecsOwnVariablesWin() throws IOException {
    Files.writeString(configDir.resolve("config.json"),
        "{\"proxies\": {\"default\": {\"httpProxy\": \"http://proxy:3128\", \"noProxy\": \"localhost\"}}}");

    JsonNode body = describe(spec().useConfigProxy(true).putEnvironment("NO_PROXY", "*.internal"));

    assertThat(body.path("Env")).containsExactlyInAnyOrder(text("HTTP_PROXY=http://proxy:3128"),
        text("http_proxy=http://proxy:3128"), text("NO_PROXY=*.internal"), text("no_proxy=localhost"));
  }

  @Test
  void noProxiesWhenTheSpecDoesNotAskForThem() throws IOException {
    Files.writeString(configDir.resolve("config.json"), "{\"proxies\": {\"default\": {\"httpProxy\": \"http://p\"}}}");

    JsonNode body = describe(spec().useConfigProxy(false));

    assertThat(body.path("Env").isMissingNode() || body.path("Env").isNull()).isTrue();
  }

  private static ImmutableContainerSpec.Builder spec() {
    return ContainerSpec.builder()
        .image(ImageRef.of("localhost/berth-test:busybox"))
        .name(ContainerName.of("described"))
        .addCommand("echo", "hi")
        .workingDir(ContainerPath.of("/var/task"))
        .tty(false)
        .useConfigProxy(false)
        .putLabel(ContainerSpec.MANAGED_LABEL, "true");
  }

  private JsonNode describe(ImmutableContainerSpec.Builder spec) throws IOException {
    return json(runtime.describeCreateRequest(spec.build()));
  }

  private static JsonNode json(String body) throws IOException {
    return new ObjectMapper().readTree(body);
  }

  private static JsonNode text(String value) {
    return new ObjectMapper().getNodeFactory().textNode(value);
  }
}
