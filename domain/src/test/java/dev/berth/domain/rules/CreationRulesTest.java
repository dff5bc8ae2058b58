package dev.berth.domain.rules;

import static dev.berth.domain.rules.Fixtures.CODE_DIR;
import static dev.berth.domain.rules.Fixtures.HOST_USER;
import static dev.berth.domain.rules.Fixtures.host;
import static dev.berth.domain.rules.Fixtures.hostWithSymlinks;
import static dev.berth.domain.rules.Fixtures.request;
import static dev.berth.domain.rules.Fixtures.resolve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.domain.error.InvalidSpecException;
import dev.berth.domain.request.ExposedPort;
import dev.berth.domain.request.Overrides;
import dev.berth.domain.request.Symlink;
import dev.berth.domain.spec.ContainerContext;
import dev.berth.domain.spec.ContainerName;
import dev.berth.domain.spec.ContainerPath;
import dev.berth.domain.spec.ContainerSpec;
import dev.berth.domain.spec.EffectiveUser;
import dev.berth.domain.spec.ExtraHost;
import dev.berth.domain.spec.HostPath;
import dev.berth.domain.spec.ImmutableMount;
import dev.berth.domain.spec.IpAddress;
import dev.berth.domain.spec.MemoryLimit;
import dev.berth.domain.spec.Mount;
import dev.berth.domain.spec.MountConsistency;
import dev.berth.domain.spec.MountMode;
import dev.berth.domain.spec.NetworkName;
import dev.berth.domain.spec.PortMapping;
import dev.berth.domain.spec.Protocol;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreationRulesTest {
  private static final IpAddress LOOPBACK = IpAddress.of("127.0.0.1");

  private static Mount delegated(Mount mount) {
    return ImmutableMount.copyOf(mount).withConsistency(MountConsistency.DELEGATED);
  }

  @Test
  void requiredValuesOnlyGiveExactlyTheMountPortsTtyAndProxy() {
    ContainerSpec spec = resolve(request().build());

    assertThat(spec.mounts()).containsExactly(delegated(Mount.of(CODE_DIR, "/var/task", MountMode.READ_ONLY)));
    assertThat(spec.ports()).containsExactly(PortMapping.of(LOOPBACK, OptionalInt.empty(), 8080, Protocol.TCP));
    assertThat(spec.tty()).isFalse();
    assertThat(spec.useConfigProxy()).isTrue();
    assertThat(spec.command()).containsExactly("app.handler");
    assertThat(spec.workingDir()).isEqualTo(ContainerPath.of("/var/task"));
    assertThat(spec.user()).isEmpty();
    assertThat(spec.environment()).isEmpty();
    assertThat(spec.entrypoint()).isEmpty();
    assertThat(spec.memory()).isEmpty();
    assertThat(spec.extraHosts()).isEmpty();
    assertThat(spec.dns()).isEmpty();
    assertThat(spec.labels()).containsExactly(Map.entry(ContainerSpec.MANAGED_LABEL, "true"));
    assertThat(spec.network()).isEmpty();
    assertThat(spec.name()).isEmpty();
  }

  @Test
  void allOptionalValuesReachTheSpec() {
    ContainerSpec spec = resolve(request()
        .workingDir(ContainerPath.of("/opt/fn"))
        .mountWithWrite(true)
        .putEnvironment("LOG_LEVEL", "debug")
        .addExposedPorts(ExposedPort.of(9229, 19229))
        .rapidHostPort(5050)
        .hostInterface(IpAddress.of("0.0.0.0"))
        .addEntrypoint("/bin/entry", "--flag")
        .memory(MemoryLimit.ofMegabytes(128))
        .addExtraHosts(ExtraHost.parse("db.local:10.0.0.5"))
        .network(NetworkName.of("fn-net"))
        .addAdditionalVolumes(Mount.of("/home/dev/layers", "/opt/layers", MountMode.READ_ONLY))
        .addDns(IpAddress.of("1.1.1.1"))
        .putLabel("team", "payments")
        .name(ContainerName.of("fn-1"))
        .build());

    IpAddress any = IpAddress.of("0.0.0.0");
    assertThat(spec.mounts()).containsExactly(
        delegated(Mount.of(CODE_DIR, "/opt/fn", MountMode.READ_WRITE)),
        Mount.of("/home/dev/layers", "/opt/layers", MountMode.READ_ONLY));
    assertThat(spec.user()).contains(HOST_USER);
    assertThat(spec.environment()).containsExactly(Map.entry("LOG_LEVEL", "debug"));
    assertThat(spec.ports()).containsExactly(
        PortMapping.of(any, OptionalInt.of(5050), 8080, Protocol.TCP),
        PortMapping.of(any, OptionalInt.of(19229), 9229, Protocol.TCP));
    assertThat(spec.entrypoint()).containsExactly("/bin/entry", "--flag");
    assertThat(spec.memory()).contains(MemoryLimit.ofBytes(134_217_728L));
    assertThat(spec.extraHosts()).extracting(ExtraHost::asHostsEntry).containsExactly("db.local:10.0.0.5");
    assertThat(spec.dns()).containsExactly(IpAddress.of("1.1.1.1"));
    assertThat(spec.labels()).containsExactly(Map.entry("team", "payments"),
        Map.entry(ContainerSpec.MANAGED_LABEL, "true"));
    assertThat(spec.network()).contains(NetworkName.of("fn-net"));
    assertThat(spec.name()).contains(ContainerName.of("fn-1"));
  }

  @Nested
  class R1CodeMount {
    @Test
    void codeIsMountedReadOnlyAndDelegatedWithoutWrite() {
      Mount code = resolve(request().build()).mounts().get(0);
      assertThat(code.mode()).isEqualTo(MountMode.READ_ONLY);
      assertThat(code.consistency()).isEqualTo(MountConsistency.DELEGATED);
      assertThat(code.target().value()).isEqualTo("/var/task");
    }

    @Test
    void codeIsMountedReadWriteWithWrite() {
      Mount code = resolve(request().mountWithWrite(true).build()).mounts().get(0);
      assertThat(code.mode()).isEqualTo(MountMode.READ_WRITE);
      assertThat(code.consistency()).isEqualTo(MountConsistency.DELEGATED);
    }

    @Test
    void codeIsMountedAtTheWorkingDir() {
      Mount code = resolve(request().workingDir(ContainerPath.of("/workspace")).build()).mounts().get(0);
      assertThat(code.target().value()).isEqualTo("/workspace");
    }

    @Test
    void noCodeDirMeansNoMount() {
      ContainerSpec spec = resolve(request().codeDir(java.util.Optional.empty()).build(),
          host().codeDir(java.util.Optional.empty()).build());
      assertThat(spec.mounts()).isEmpty();
    }
  }

  @Nested
  class R2Symlinks {
    private final Symlink nodeModules = Symlink.of("node_modules", HostPath.of("/home/dev/shared/node_modules"));
    private final Symlink lib = Symlink.of("lib", HostPath.of("/home/dev/shared/lib"));

    @Test
    void nodeModulesSymlinkIsMountedReadOnlyFromItsRealPathWhenInvoking() {
      ContainerSpec spec = resolve(request().mountWithWrite(true).build(), hostWithSymlinks(nodeModules, lib));
      assertThat(spec.mounts()).contains(Mount.of("/home/dev/shared/node_modules", "/var/task/node_modules",
          MountMode.READ_ONLY));
      assertThat(spec.mounts()).extracting(mount -> mount.target().value()).doesNotContain("/var/task/lib");
    }

    @Test
    void everySymlinkIsMountedWithMountSymlinks() {
      ContainerSpec spec = resolve(request().mountSymlinks(true).build(), hostWithSymlinks(nodeModules, lib));
      assertThat(spec.mounts()).extracting(mount -> mount.target().value())
          .containsExactly("/var/task", "/var/task/node_modules", "/var/task/lib");
      assertThat(spec.mounts().subList(1, 3)).allMatch(mount -> mount.mode() == MountMode.READ_ONLY);
    }

    @Test
    void symlinksAreNotMappedWhenBuildingUnlessAsked() {
      ContainerSpec building = resolve(request().context(ContainerContext.BUILD).build(),
          hostWithSymlinks(nodeModules));
      assertThat(building.mounts()).hasSize(1);

      ContainerSpec asked = resolve(request().context(ContainerContext.BUILD).mountSymlinks(true).build(),
          hostWithSymlinks(nodeModules));
      assertThat(asked.mounts()).hasSize(2);
    }

    @Test
    void aLinkNamedNodeModulesToAnotherDirectoryIsNotMapped() {
      Symlink misleading = Symlink.of("node_modules", HostPath.of("/home/dev/vendor"));
      ContainerSpec spec = resolve(request().build(), hostWithSymlinks(misleading));
      assertThat(spec.mounts()).hasSize(1);
    }
  }

  @Nested
  class R3BaseSettings {
    @Test
    void commandAndWorkingDirAreAsAskedWithoutTtyAndWithConfigProxy() {
      ContainerSpec spec = resolve(request().command(List.of("sh", "-c", "echo hi"))
          .workingDir(ContainerPath.of("/srv")).build());
      assertThat(spec.command()).containsExactly("sh", "-c", "echo hi");
      assertThat(spec.workingDir().value()).isEqualTo("/srv");
      assertThat(spec.tty()).isFalse();
      assertThat(spec.useConfigProxy()).isTrue();
    }
  }

  @Nested
  class R4EffectiveUser {
    @Test
    void writeMountPassesEffectiveUserWhenNotRoot() {
      assertThat(resolve(request().mountWithWrite(true).build()).user()).contains(HOST_USER);
    }

    @Test
    void readOnlyMountPassesNoUser() {
      assertThat(resolve(request().mountWithWrite(false).build()).user()).isEmpty();
    }

    @Test
    void rootPassesNoUser() {
      ContainerSpec spec = resolve(request().mountWithWrite(true).build(),
          host().currentUser(EffectiveUser.of(0, 0)).build());
      assertThat(spec.user()).isEmpty();
    }

    @Test
    void nonPosixHostPassesNoUser() {
      ContainerSpec spec = resolve(request().mountWithWrite(true).build(),
          host().currentUser(java.util.Optional.empty()).build());
      assertThat(spec.user()).isEmpty();
    }

    @Test
    void userStringIsUidColonPrimaryGid() {
      assertThat(EffectiveUser.of(1000, 100).asUserString()).isEqualTo("1000:100");
      assertThat(EffectiveUser.of(1000).asUserString()).isEqualTo("1000");
    }
  }

  @Nested
  class R5Overrides {
    @Test
    void overridesReplaceCommandWorkingDirTtyProxyUserAndMounts() {
      Mount only = Mount.of("/data", "/data", MountMode.READ_WRITE);
      ContainerSpec spec = resolve(request().mountWithWrite(true).overrides(Overrides.builder()
          .command(List.of("other"))
          .workingDir(ContainerPath.of("/elsewhere"))
          .tty(true)
          .useConfigProxy(false)
          .user(EffectiveUser.of(42, 42))
          .mounts(List.of(only))
          .build()).build());
      assertThat(spec.command()).containsExactly("other");
      assertThat(spec.workingDir().value()).isEqualTo("/elsewhere");
      assertThat(spec.tty()).isTrue();
      assertThat(spec.useConfigProxy()).isFalse();
      assertThat(spec.user()).contains(EffectiveUser.of(42, 42));
      assertThat(spec.mounts()).containsExactly(only);
    }

    @Test
    void overridesDoNotReachWhatComesAfterThem() {
      ContainerSpec spec = resolve(request()
          .overrides(Overrides.builder().mounts(List.of()).build())
          .addAdditionalVolumes(Mount.of("/extra", "/extra", MountMode.READ_ONLY))
          .putLabel(ContainerSpec.MANAGED_LABEL, "false")
          .build());
      assertThat(spec.mounts()).extracting(mount -> mount.target().value()).containsExactly("/extra");
      assertThat(spec.labels()).containsEntry(ContainerSpec.MANAGED_LABEL, "true");
    }

    @Test
    void noOverridesChangeNothing() {
      assertThat(resolve(request().overrides(Overrides.none()).build())).isEqualTo(resolve(request().build()));
    }
  }

  @Nested
  class R6AdditionalVolumes {
    @Test
    void additionalVolumesJoinTheCodeMount() {
      ContainerSpec spec = resolve(request()
          .addAdditionalVolumes(Mount.of("/home/dev/layers", "/opt", MountMode.READ_ONLY)).build());
      assertThat(spec.mounts()).extracting(Mount::describe)
          .containsExactly(CODE_DIR + ":/var/task:ro,delegated", "/home/dev/layers:/opt:ro");
    }

    @Test
    void twoMountsAtOneDestinationAreRefused() {
      assertThatThrownBy(() -> resolve(request()
          .addAdditionalVolumes(Mount.of("/home/dev/other", "/var/task", MountMode.READ_ONLY)).build()))
          .isInstanceOf(InvalidSpecException.class)
          .hasMessageContaining("volume")
          .hasMessageContaining("/home/dev/other:/var/task")
          .hasMessageContaining("two mounts at one destination");
    }

    @Test
    void oneHostDirAtTwoDestinationsIsKept() {
      ContainerSpec spec = resolve(request()
          .addAdditionalVolumes(Mount.of(CODE_DIR, "/mirror", MountMode.READ_ONLY)).build());
      assertThat(spec.mounts()).hasSize(2);
    }
  }

  @Nested
  class R7HostPathStyle {
    @Test
    void windowsHostPathsAreTranslatedForTheRuntime() {
      ContainerSpec spec = resolve(request().codeDir(HostPath.of("C:\\Users\\dev\\fn"))
              .addAdditionalVolumes(Mount.parse("D:\\layers:/opt:ro")).build(),
          host().windowsPaths(true).currentUser(java.util.Optional.empty()).build());
      assertThat(spec.mounts()).extracting(mount -> mount.source().value())
          .containsExactly("/c/Users/dev/fn", "/d/layers");
    }

    @Test
    void posixHostPathsPassUnchanged() {
      assertThat(resolve(request().build()).mounts().get(0).source().value()).isEqualTo(CODE_DIR);
    }
  }

  @Nested
  class R8Environment {
    @Test
    void environmentIsSetOnlyWhenNonEmpty() {
      assertThat(resolve(request().build()).environment()).isEmpty();
      assertThat(resolve(request().putEnvironment("A", "1").putEnvironment("B", "").build()).environment())
          .containsExactly(Map.entry("A", "1"), Map.entry("B", ""));
    }
  }

  @Nested
  class R9RapidPort {
    @Test
    void rapidPortPublishes8080OnTheHostInterface() {
      assertThat(resolve(request().rapidHostPort(5123).build()).ports())
          .containsExactly(PortMapping.of(LOOPBACK, OptionalInt.of(5123), 8080, Protocol.TCP));
    }

    @Test
    void withoutARapidPortTheEngineAssignsOne() {
      assertThat(resolve(request().build()).ports().get(0).hostPort()).isEmpty();
    }

    @Test
    void anExposed8080ReplacesTheRapidMapping() {
      assertThat(resolve(request().rapidHostPort(5123).addExposedPorts(ExposedPort.parse("9000:8080")).build())
          .ports()).containsExactly(PortMapping.of(LOOPBACK, OptionalInt.of(9000), 8080, Protocol.TCP));
    }
  }

  @Nested
  class R10ExposedPorts {
    @ParameterizedTest(name = "{0} publishes container {1}/{3} on host {2}")
    @CsvSource({
        "5000:3000, 3000, 5000, TCP",
        "3000, 3000, 0, TCP",
        "5353:53/udp, 53, 5353, UDP",
        "7000:7000/sctp, 7000, 7000, SCTP"
    })
    void exposedPortsArePublishedOnTheHostInterface(String option, int container, int hostPort, Protocol protocol) {
      ContainerSpec spec = resolve(request().addExposedPorts(ExposedPort.parse(option)).build());
      PortMapping published = spec.ports().get(1);
      assertThat(published.containerPort()).isEqualTo(container);
      assertThat(published.hostPort()).isEqualTo(hostPort == 0 ? OptionalInt.empty() : OptionalInt.of(hostPort));
      assertThat(published.protocol()).isEqualTo(protocol);
      assertThat(published.hostInterface()).isEqualTo(LOOPBACK);
    }

    @Test
    void duplicateHostPortOnOneInterfaceIsRefused() {
      assertThatThrownBy(() -> resolve(request().rapidHostPort(5000)
          .addExposedPorts(ExposedPort.parse("5000:3000")).build()))
          .isInstanceOf(InvalidSpecException.class)
          .hasMessage("invalid port \"5000\": host port published twice on 127.0.0.1");
    }

    @Test
    void oneHostPortForTcpAndUdpIsFine() {
      assertThat(resolve(request().addExposedPorts(ExposedPort.parse("53:53/tcp"), ExposedPort.parse("53:53/udp"))
          .build()).ports()).hasSize(3);
    }
  }

  @Nested
  class R11OptionalSettings {
    @Test
    void memoryIsSentInBytes() {
      assertThat(resolve(request().memory(MemoryLimit.ofMegabytes(128)).build()).memory())
          .hasValueSatisfying(memory -> assertThat(memory.bytes()).isEqualTo(134_217_728L));
    }

    @Test
    void extraHostsDnsAndEntrypointAreSetOnlyWhenAsked() {
      ContainerSpec spec = resolve(request()
          .addExtraHosts(ExtraHost.parse("api:192.168.1.2"), ExtraHost.parse("v6:::1"))
          .addDns(IpAddress.of("8.8.8.8"))
          .addEntrypoint("/lambda-entrypoint.sh")
          .build());
      assertThat(spec.extraHosts()).extracting(ExtraHost::asHostsEntry).containsExactly("api:192.168.1.2", "v6:::1");
      assertThat(spec.dns()).extracting(IpAddress::value).containsExactly("8.8.8.8");
      assertThat(spec.entrypoint()).containsExactly("/lambda-entrypoint.sh");
    }

    @Test
    void everyContainerCarriesTheManagedLabelBesideTheUsersLabels() {
      assertThat(resolve(request().putLabel("app", "orders").build()).labels())
          .containsExactly(Map.entry("app", "orders"), Map.entry(ContainerSpec.MANAGED_LABEL, "true"));
    }
  }

  @Nested
  class R12TmpDir {
    @Test
    void tmpDirIsCreatedAndMountedAtTmpOnlyWithWrite() {
      var withWrite = request().mountWithWrite(true).tmpDir(HostPath.of("/home/dev/.tmp")).build();
      assertThat(TmpDirRule.directoryToCreate(withWrite)).contains(HostPath.of("/home/dev/.tmp"));
      assertThat(resolve(withWrite).mounts()).contains(Mount.of("/home/dev/.tmp", "/tmp", MountMode.READ_WRITE));

      var readOnly = request().tmpDir(HostPath.of("/home/dev/.tmp")).build();
      assertThat(TmpDirRule.directoryToCreate(readOnly)).isEmpty();
      assertThat(resolve(readOnly).mounts()).hasSize(1);
    }
  }

  @Nested
  class R14Network {
    @Test
    void aNamedNetworkIsConnectedAfterCreate() {
      ContainerSpec spec = resolve(request().network(NetworkName.of("fn-net")).build());
      assertThat(spec.networkToConnect()).contains(NetworkName.of("fn-net"));
      assertThat(spec.usesHostNetwork()).isFalse();
    }

    @Test
    void hostNetworkIsChosenAtCreateAndNeverConnected() {
      ContainerSpec spec = resolve(request().network(NetworkName.of("host")).build());
      assertThat(spec.networkToConnect()).isEmpty();
      assertThat(spec.usesHostNetwork()).isTrue();
    }
  }
}
