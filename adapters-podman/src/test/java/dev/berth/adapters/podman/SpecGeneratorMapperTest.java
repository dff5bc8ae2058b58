package dev.berth.adapters.podman;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.adapters.podman.libpod.LibpodJson;
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
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SpecGeneratorMapperTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ImmutableContainerSpec.Builder minimal() {
    return ContainerSpec.builder()
        .image(ImageRef.of("localhost/berth-test:busybox"))
        .workingDir(ContainerPath.of("/var/task"))
        .tty(false)
        .useConfigProxy(true)
        .putLabel(ContainerSpec.MANAGED_LABEL, "true");
  }

  private static JsonNode body(ContainerSpec spec, boolean rootlessEngine) throws Exception {
    return JSON.readTree(LibpodJson.write(SpecGeneratorMapper.toSpecGenerator(spec, () -> rootlessEngine)));
  }

  @Test
  void codeMountIsABindWithItsModeAndNoDelegatedHintR1() throws Exception {
    Mount delegated = ImmutableMount.builder().from(Mount.of("/home/me/fn", "/var/task", MountMode.READ_ONLY))
        .consistency(MountConsistency.DELEGATED).build();
    JsonNode mounts = body(minimal().addMount(delegated).build(), false).get("mounts");

    assertThat(mounts).hasSize(1);
    assertThat(mounts.get(0).toString()).isEqualTo(
        "{\"type\":\"bind\",\"source\":\"/home/me/fn\",\"destination\":\"/var/task\",\"options\":[\"ro\"]}");
  }

  @Test
  void symlinkMountsAreFurtherReadOnlyBindsR2() throws Exception {
    ContainerSpec spec = minimal()
        .addMount(Mount.of("/home/me/fn", "/var/task", MountMode.READ_WRITE))
        .addMount(Mount.of("/home/me/real_node_modules", "/var/task/node_modules", MountMode.READ_ONLY))
        .build();
    JsonNode mounts = body(spec, false).get("mounts");

    assertThat(mounts).hasSize(2);
    assertThat(mounts.get(0).get("options").toString()).isEqualTo("[\"rw\"]");
    assertThat(mounts.get(1).get("source").asText()).isEqualTo("/home/me/real_node_modules");
    assertThat(mounts.get(1).get("options").toString()).isEqualTo("[\"ro\"]");
  }

  @Test
  void configProxyIsLibpodsHttpProxyR3() throws Exception {
    assertThat(body(minimal().useConfigProxy(true).build(), false).get("httpproxy").asBoolean()).isTrue();
    assertThat(body(minimal().useConfigProxy(false).build(), false).get("httpproxy").isBoolean()).isTrue();
    assertThat(body(minimal().useConfigProxy(false).build(), false).get("httpproxy").asBoolean()).isFalse();
  }

  @ParameterizedTest(name = "rootless={0} writable={1} user={2} -> keep-id={3}")
  @CsvSource({
      "true,  true,  true,  true",
      "false, true,  true,  false",
      "true,  false, true,  false",
      "true,  true,  false, false"})
  void rootlessEngineKeepsTheHostUsersIdR4(boolean rootless, boolean writable, boolean user, boolean keepId)
      throws Exception {
    ImmutableContainerSpec.Builder spec = minimal()
        .addMount(Mount.of("/home/me/fn", "/var/task", MountMode.writable(writable)));
    if (user) {
      spec.user(EffectiveUser.of(1000, 1000));
    }
    JsonNode body = body(spec.build(), rootless);

    assertThat(body.has("userns")).isEqualTo(keepId);
    if (keepId) {
      assertThat(body.get("userns").toString()).isEqualTo("{\"nsmode\":\"keep-id\"}");
    }
    assertThat(body.path("user").asText()).isEqualTo(user ? "1000:1000" : "");
  }

  @Test
  void rootlessIsNotAskedWhenKeepIdCannotMatter() {
    ContainerSpec spec = minimal().addMount(Mount.of("/home/me/fn", "/var/task", MountMode.READ_ONLY)).build();

    SpecGeneratorMapper.toSpecGenerator(spec, () -> {
      throw new AssertionError("the engine was asked whether it is rootless");
    });
  }

  @Test
  void everySettingOfTheSpecIsSent() throws Exception {
    ContainerSpec spec = minimal()
        .name(ContainerName.of("fn-1"))
        .addCommand("sh", "-c", "echo hi")
        .addEntrypoint("/bin/env")
        .tty(true)
        .putEnvironment("A", "1")
        .putEnvironment("B", "two words")
        .addPort(PortMapping.of(IpAddress.of("127.0.0.1"), OptionalInt.of(5123), 8080, Protocol.TCP))
        .addPort(PortMapping.of(IpAddress.of("127.0.0.1"), OptionalInt.empty(), 9000, Protocol.UDP))
        .memory(MemoryLimit.ofMegabytes(128))
        .addExtraHost(ExtraHost.parse("db:10.0.0.5"))
        .addDns(IpAddress.of("1.1.1.1"))
        .putLabel("team", "a")
        .build();
    JsonNode body = body(spec, false);

    assertThat(body.get("name").asText()).isEqualTo("fn-1");
    assertThat(body.get("image").asText()).isEqualTo("localhost/berth-test:busybox");
    assertThat(body.get("command").toString()).isEqualTo("[\"sh\",\"-c\",\"echo hi\"]");
    assertThat(body.get("entrypoint").toString()).isEqualTo("[\"/bin/env\"]");
    assertThat(body.get("work_dir").asText()).isEqualTo("/var/task");
    assertThat(body.get("create_working_dir").asBoolean()).isTrue();
    assertThat(body.get("terminal").asBoolean()).isTrue();
    assertThat(body.get("env").toString()).isEqualTo("{\"A\":\"1\",\"B\":\"two words\"}");
    assertThat(body.get("portmappings").toString()).isEqualTo("["
        + "{\"host_ip\":\"127.0.0.1\",\"container_port\":8080,\"host_port\":5123,\"protocol\":\"tcp\"},"
        + "{\"host_ip\":\"127.0.0.1\",\"container_port\":9000,\"protocol\":\"udp\"}]");
    assertThat(body.get("resource_limits").toString()).isEqualTo("{\"memory\":{\"limit\":134217728}}");
    assertThat(body.get("hostadd").toString()).isEqualTo("[\"db:10.0.0.5\"]");
    assertThat(body.get("dns_server").toString()).isEqualTo("[\"1.1.1.1\"]");
    assertThat(body.get("labels").toString()).isEqualTo("{\"dev.berth.managed\":\"true\",\"team\":\"a\"}");
    assertThat(body.has("netns")).isFalse();
  }

  @Test
  void emptySettingsAreLeftToTheImageAndPodman() throws Exception {
    JsonNode body = body(minimal().build(), false);

    assertThat(body.has("command")).isFalse();
    assertThat(body.has("entrypoint")).isFalse();
    assertThat(body.has("mounts")).isFalse();
    assertThat(body.has("env")).isFalse();
    assertThat(body.has("user")).isFalse();
    assertThat(body.has("resource_limits")).isFalse();
    assertThat(body.get("terminal").asBoolean()).isFalse();
  }

  @Test
  void managedLabelIsAlwaysSentR11() throws Exception {
    ContainerSpec unlabelled = ContainerSpec.builder().from(minimal().build()).labels(java.util.Map.of()).build();

    assertThat(body(unlabelled, false).get("labels").toString()).isEqualTo("{\"dev.berth.managed\":\"true\"}");
  }

  @Test
  void hostNetworkIsChosenAtCreateR14() throws Exception {
    assertThat(body(minimal().network(NetworkName.of("host")).build(), false).get("netns").toString())
        .isEqualTo("{\"nsmode\":\"host\"}");
    assertThat(body(minimal().network(NetworkName.of("mynet")).build(), false).has("netns")).isFalse();
  }
}
