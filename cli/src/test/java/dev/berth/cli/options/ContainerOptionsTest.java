package dev.berth.cli.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.domain.error.InvalidSpecException;
import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.request.ExposedPort;
import dev.berth.domain.spec.ContainerContext;
import dev.berth.domain.spec.ExtraHost;
import dev.berth.domain.spec.IpAddress;
import dev.berth.domain.spec.MemoryLimit;
import dev.berth.domain.spec.Mount;
import dev.berth.domain.spec.MountMode;
import dev.berth.domain.spec.NetworkName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class ContainerOptionsTest {
  @TempDir
  Path temp;

  @Command(name = "test")
  static final class Holder {
    @Mixin
    ContainerOptions options;
  }

  @Test
  void everyOptionOfTheTableReachesTheRequest() throws IOException {
    Path envFile = Files.writeString(temp.resolve("env"), "# comment\n\nFROM_FILE=1\nBOTH=file\n");

    CreationRequest request = parse("--code", temp.toString(), "--workdir", "/work", "--write", "--context", "build",
        "--mount-symlinks", "-e", "A=1", "--env", "BOTH=flag", "--env-file", envFile.toString(),
        "-p", "9000:80/udp", "--port", "8081", "--rapid-port", "5005", "--host-interface", "0.0.0.0",
        "--entrypoint", "/bin/sh", "-m", "64", "--add-host", "db:10.0.0.5", "--network", "functions",
        "-v", "/data:/data:ro", "--dns", "10.0.0.53", "--label", "team=fn", "--name", "hello",
        "--tmp-dir", temp.resolve("tmp").toString(), "localhost/berth-test:busybox", "sh", "-c", "echo hi");

    assertThat(request.image().value()).isEqualTo("localhost/berth-test:busybox");
    assertThat(request.command()).containsExactly("sh", "-c", "echo hi");
    assertThat(request.codeDir()).hasValueSatisfying(dir -> assertThat(dir.value()).isEqualTo(temp.toString()));
    assertThat(request.workingDir().value()).isEqualTo("/work");
    assertThat(request.mountWithWrite()).isTrue();
    assertThat(request.context()).isEqualTo(ContainerContext.BUILD);
    assertThat(request.mountSymlinks()).isTrue();
    assertThat(request.environment()).isEqualTo(Map.of("A", "1", "BOTH", "flag", "FROM_FILE", "1"));
    assertThat(request.exposedPorts()).containsExactly(ExposedPort.parse("9000:80/udp"), ExposedPort.parse("8081"));
    assertThat(request.rapidHostPort()).hasValue(5005);
    assertThat(request.hostInterface()).isEqualTo(IpAddress.of("0.0.0.0"));
    assertThat(request.entrypoint()).containsExactly("/bin/sh");
    assertThat(request.memory()).contains(MemoryLimit.ofMegabytes(64));
    assertThat(request.extraHosts()).containsExactly(ExtraHost.parse("db:10.0.0.5"));
    assertThat(request.network()).contains(NetworkName.of("functions"));
    assertThat(request.additionalVolumes()).containsExactly(Mount.of("/data", "/data", MountMode.READ_ONLY));
    assertThat(request.dns()).containsExactly(IpAddress.of("10.0.0.53"));
    assertThat(request.labels()).isEqualTo(Map.of("team", "fn"));
    assertThat(request.name()).hasValueSatisfying(name -> assertThat(name.value()).isEqualTo("hello"));
    assertThat(request.tmpDir()).hasValueSatisfying(dir -> assertThat(dir.value()).isEqualTo(temp.resolve("tmp").toString()));
  }

  @Test
  void defaultsAreTheIssues() {
    CreationRequest request = parse("img");

    assertThat(request.workingDir().value()).isEqualTo("/var/task");
    assertThat(request.context()).isEqualTo(ContainerContext.INVOKE);
    assertThat(request.hostInterface().value()).isEqualTo("127.0.0.1");
    assertThat(request.command()).isEmpty();
  }

  @Test
  void relativeHostPathsAreTakenFromWhereBerthRuns() {
    CreationRequest request = parse("--code", "fn", "-v", "data:/data", "img");

    String here = Path.of("").toAbsolutePath().toString();
    assertThat(request.codeDir()).hasValueSatisfying(dir -> assertThat(dir.value()).isEqualTo(here + "/fn"));
    assertThat(request.additionalVolumes().get(0).source().value()).isEqualTo(here + "/data");
  }

  @ParameterizedTest(name = "{0} {1} is refused as {2}")
  @CsvSource(delimiter = '|', value = {
      "-p              | 70000          | port",
      "-p              | a:80           | port",
      "-e              | NOVALUE        | env",
      "-e              | =x             | env",
      "-m              | 0              | memory",
      "--add-host      | db             | add-host",
      "--add-host      | db:not-an-ip   | add-host",
      "--context       | deploy         | context",
      "--workdir       | relative       | workdir",
      "--host-interface| localhost      | host-interface",
      "--dns           | 1.2.3          | dns",
      "-v              | /only-host     | volume",
      "--label         | =x             | label",
      "--name          | -bad           | name",
      "--network       | 'a b'          | network",
      "--rapid-port    | 0              | rapid-port",
      "--code          | ' '            | code"})
  void aBadValueIsRefusedNamingItsOption(String option, String value, String field) {
    assertThatThrownBy(() -> parse(option, value, "img"))
        .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void aBadEnvFileLineNamesTheFileAndLine() throws IOException {
    Path envFile = Files.writeString(temp.resolve("env"), "OK=1\nbroken\n");

    assertThatThrownBy(() -> parse("--env-file", envFile.toString(), "img"))
        .isInstanceOfSatisfying(InvalidSpecException.class, e -> {
          assertThat(e.field()).isEqualTo("env-file");
          assertThat(e.value()).isEqualTo(envFile + ":2");
        });
  }

  private static CreationRequest parse(String... args) {
    Holder holder = new Holder();
    new CommandLine(holder).setStopAtPositional(true).parseArgs(args);
    return holder.options.toRequest();
  }
}
