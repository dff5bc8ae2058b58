package dev.berth.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.berth.application.contract.ContractContainers.Finished;
import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.spec.ContainerPath;
import dev.berth.domain.spec.ContainerSpec;
import dev.berth.domain.spec.EffectiveUser;
import dev.berth.domain.spec.ExtraHost;
import dev.berth.domain.spec.IpAddress;
import dev.berth.domain.spec.MemoryLimit;
import dev.berth.domain.spec.Mount;
import dev.berth.domain.spec.MountMode;
import dev.berth.domain.spec.NetworkName;
import dev.berth.domain.spec.PortMapping;
import dev.berth.domain.spec.Protocol;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each setting of a spec reaches the engine: read back through inspect, and seen from inside where it shows. */
public interface CreateSettingsContract extends RuntimeUnderTest {
  IpAddress LOOPBACK = IpAddress.of("127.0.0.1");

  @Test
  default void readOnlyAndReadWriteMountsKeepTheirModes(@TempDir Path code, @TempDir Path output)
      throws IOException {
    Files.writeString(code.resolve("hello.txt"), "from the host");
    ContainerId id = containers().create(containers()
        .spec("sh", "-c", "cat /code/hello.txt && echo written > /out/result.txt && ! touch /code/denied")
        .addMount(Mount.of(code.toString(), "/code", MountMode.READ_ONLY))
        .addMount(Mount.of(output.toString(), "/out", MountMode.READ_WRITE)));

    assertThat(runtime().inspect(id).mounts())
        .extracting(mount -> mount.source().value(), mount -> mount.target().value(), Mount::mode)
        .contains(tuple(code.toString(), "/code", MountMode.READ_ONLY),
            tuple(output.toString(), "/out", MountMode.READ_WRITE));
    runtime().start(id);
    assertThat(runtime().waitForExit(id)).isZero();
    assertThat(output.resolve("result.txt")).hasContent("written");
    assertThat(code.resolve("denied")).doesNotExist();
  }

  @Test
  default void userRunsTheContainerProcess() {
    EffectiveUser user = EffectiveUser.of(1234, 5678);
    Finished run = containers().runToExit(containers().spec("id").user(user));

    assertThat(runtime().inspect(run.id()).user()).contains(user);
    assertThat(run.stdout()).contains("uid=1234", "gid=5678");
  }

  @Test
  default void environmentReachesTheProcess() {
    Finished run = containers().runToExit(containers()
        .spec("sh", "-c", "echo \"$BERTH_GREETING\"")
        .putEnvironment("BERTH_GREETING", "hello world"));

    assertThat(runtime().inspect(run.id()).environment()).containsEntry("BERTH_GREETING", "hello world");
    assertThat(run.stdout()).isEqualTo("hello world\n");
  }

  @Test
  default void fixedHostPortIsPublishedOnTheHostInterface() {
    int hostPort = LocalPorts.unused();
    ContainerId id = containers().create(containers().spec("sleep", "30")
        .addPort(PortMapping.of(LOOPBACK, OptionalInt.of(hostPort), 8080, Protocol.TCP)));

    assertThat(runtime().inspect(id).ports())
        .extracting(port -> port.hostInterface().value(), PortMapping::hostPort, PortMapping::containerPort)
        .contains(tuple("127.0.0.1", OptionalInt.of(hostPort), 8080));
    runtime().start(id);
    assertThat(runtime().inspect(id).hostPortFor(8080)).hasValue(hostPort);
  }

  @Test
  default void engineAssignedHostPortIsReportedAfterStartAndServes() {
    ContainerId id = containers().start(containers().spec("sh", "-c", "echo berth | nc -l -p 8080")
        .addPort(PortMapping.of(LOOPBACK, OptionalInt.empty(), 8080, Protocol.TCP)));

    OptionalInt hostPort = runtime().inspect(id).hostPortFor(8080);
    assertThat(hostPort).isPresent();
    Await.until("the container answers on host port " + hostPort.getAsInt(), Duration.ofSeconds(15),
        () -> "berth".equals(firstLineFrom(hostPort.getAsInt())));
  }

  @Test
  default void memoryLimitIsSentInBytes() {
    ContainerId id = containers().create(containers().spec("true").memory(MemoryLimit.ofMegabytes(64)));

    assertThat(runtime().inspect(id).memory()).contains(MemoryLimit.ofBytes(64L * 1024 * 1024));
  }

  @Test
  default void extraHostsAndDnsServersAreSet() {
    ExtraHost extraHost = ExtraHost.of("berth-contract-host", IpAddress.of("10.11.12.13"));
    IpAddress dnsServer = IpAddress.of("10.11.12.53");
    ContainerId id = containers().create(containers().spec("true").addExtraHost(extraHost).addDns(dnsServer));

    ContainerDetails details = runtime().inspect(id);
    assertThat(details.extraHosts()).contains(extraHost);
    assertThat(details.dns()).contains(dnsServer);
  }

  @Test
  default void labelsAreSetBesideBerthsOwn() {
    ContainerId id = containers().create(containers().spec("true").putLabel("dev.berth.test.flavour", "vanilla"));

    assertThat(runtime().inspect(id).labels())
        .containsAllEntriesOf(Map.of("dev.berth.test.flavour", "vanilla", ContainerSpec.MANAGED_LABEL, "true"));
  }

  @Test
  default void workingDirIsWhereTheProcessStarts() {
    Finished run = containers().runToExit(containers().spec("pwd").workingDir(ContainerPath.of("/tmp/berth-work")));

    assertThat(runtime().inspect(run.id()).workingDir()).isEqualTo("/tmp/berth-work");
    assertThat(run.stdout()).isEqualTo("/tmp/berth-work\n");
  }

  @Test
  default void entrypointRunsWithTheCommandAsArguments() {
    Finished run = containers().runToExit(containers().spec("from-command").addEntrypoint("echo", "from-entrypoint"));

    ContainerDetails details = runtime().inspect(run.id());
    assertThat(details.entrypoint()).containsExactly("echo", "from-entrypoint");
    assertThat(details.command()).containsExactly("from-command");
    assertThat(run.stdout()).isEqualTo("from-entrypoint from-command\n");
  }

  @Test
  default void ttyIsAllocatedWhenAsked() {
    ContainerId id = containers().create(containers().spec("true").tty(true));

    assertThat(runtime().inspect(id).tty()).isTrue();
  }

  @Test
  default void hostNetworkIsSelectedAtCreate() {
    ContainerId id = containers().create(containers().spec("true").network(NetworkName.of(NetworkName.HOST)));

    assertThat(runtime().inspect(id).networks()).containsExactly(NetworkName.HOST);
  }

  /** The first line served on a loopback port, or null while nothing answers there yet. */
  private static String firstLineFrom(int port) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(2_000);
      return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
    } catch (IOException notYet) {
      return null;
    }
  }
}
