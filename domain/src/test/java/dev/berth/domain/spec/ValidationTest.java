package dev.berth.domain.spec;

import static dev.berth.domain.spec.ValidationTest.Refusal.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.domain.error.InvalidSpecException;
import dev.berth.domain.request.CodeDirKind;
import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.request.ExposedPort;
import dev.berth.domain.request.HostFacts;
import dev.berth.domain.request.WindowsPathStyle;
import dev.berth.domain.rules.CreationRules;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad input is refused with a message naming the field and the value. */
class ValidationTest {
  record Refusal(String what, ThrowingCallable attempt, String field, String value, String reason) {
    static Refusal refusal(String what, ThrowingCallable attempt, String field, String value, String reason) {
      return new Refusal(what, attempt, field, value, reason);
    }

    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Refusal> refusals() {
    return Stream.of(
        refusal("empty image", () -> ImageRef.of(""), "image", "", "must not be empty"),
        refusal("image with spaces", () -> ImageRef.of("my image"), "image", "my image", "must not contain spaces"),
        refusal("relative working dir", () -> ContainerPath.of("workdir", "var/task"), "workdir", "var/task",
            "must be an absolute path"),
        refusal("missing code dir", () -> resolveWithCodeDir(CodeDirKind.MISSING), "code", "/no/such/dir",
            "no such directory"),
        refusal("code dir that is a file", () -> resolveWithCodeDir(CodeDirKind.NOT_A_DIRECTORY), "code",
            "/no/such/dir", "not a directory"),
        refusal("port above 65535", () -> ExposedPort.parse("70000"), "port", "70000", "port numbers are 1-65535"),
        refusal("port zero", () -> ExposedPort.parse("0:8080"), "port", "0", "port numbers are 1-65535"),
        refusal("port that is no number", () -> ExposedPort.parse("http"), "port", "http", "is not a port number"),
        refusal("port with an unknown protocol", () -> ExposedPort.parse("53/icmp"), "port", "53/icmp",
            "unknown protocol"),
        refusal("port with three parts", () -> ExposedPort.parse("1.2.3.4:80:80"), "port", "1.2.3.4:80:80",
            "expected [HOST:]CONTAINER[/PROTO]"),
        refusal("rapid port above 65535", () -> CreationRequest.builder().image(ImageRef.of("i"))
            .rapidHostPort(65536).build(), "rapid-port", "65536", "port numbers are 1-65535"),
        refusal("duplicate host port on one interface", ValidationTest::resolveWithDuplicateHostPort, "port",
            "9000", "host port published twice on 127.0.0.1"),
        refusal("env without =", () -> EnvironmentNames.parse("JUSTANAME"), "env", "JUSTANAME", "expected KEY=VALUE"),
        refusal("env with an empty name", () -> EnvironmentNames.parse("=value"), "env", "=value",
            "the variable name is empty"),
        refusal("env name with =", () -> CreationRequest.builder().image(ImageRef.of("i"))
            .putEnvironment("A=B", "c").build(), "env", "A=B", "must not contain '='"),
        refusal("env name with NUL", () -> EnvironmentNames.parse("A\0B=c"), "env", "A?B",
            "must not contain NUL"),
        refusal("label without =", () -> EnvironmentNames.parseLabel("team"), "label", "team", "expected KEY=VALUE"),
        refusal("memory zero", () -> MemoryLimit.ofMegabytes(0), "memory", "0", "positive"),
        refusal("memory negative", () -> MemoryLimit.ofMegabytes(-5), "memory", "-5", "positive"),
        refusal("extra host without ip", () -> ExtraHost.parse("db"), "add-host", "db", "expected NAME:IP"),
        refusal("extra host with a bad ip", () -> ExtraHost.parse("db:999.1.1.1"), "add-host", "db:999.1.1.1",
            "is not an IP address"),
        refusal("extra host with a bad name", () -> ExtraHost.parse("-db:10.0.0.1"), "add-host", "-db",
            "not a valid host name"),
        refusal("two mounts at one destination", () -> ContainerSpec.builder().image(ImageRef.of("i"))
            .workingDir(ContainerPath.of("/var/task"))
            .tty(false).useConfigProxy(true)
            .addMounts(Mount.of("/a", "/data", MountMode.READ_ONLY), Mount.of("/b", "/data", MountMode.READ_ONLY))
            .build(), "volume", "/b:/data:ro", "two mounts at one destination"),
        refusal("volume without container path", () -> Mount.parse("/only/host"), "volume", "/only/host",
            "expected HOST:CONTAINER"),
        refusal("volume with relative container path", () -> Mount.parse("/a:data"), "volume", "/a:data",
            "must be absolute"),
        refusal("unknown context", () -> ContainerContext.parse("deploy"), "context", "deploy",
            "expected invoke or build"),
        refusal("bad dns server", () -> IpAddress.of("dns", "not-an-ip"), "dns", "not-an-ip",
            "not an IPv4 or IPv6 address"),
        refusal("bad host interface", () -> IpAddress.of("host-interface", "127.0.0.256"), "host-interface",
            "127.0.0.256", "not an IPv4 or IPv6 address"),
        refusal("bad container name", () -> ContainerName.of("-fn"), "name", "-fn", "names start with"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void badInputIsRefusedNamingTheFieldAndTheValue(Refusal refusal) {
    assertThatThrownBy(refusal.attempt())
        .isInstanceOfSatisfying(InvalidSpecException.class, error -> {
          assertThat(error.field()).isEqualTo(refusal.field());
          assertThat(error.value()).isEqualTo(refusal.value());
          assertThat(error.reason()).contains(refusal.reason());
          assertThat(error.getMessage()).startsWith("invalid " + refusal.field() + " \"" + refusal.value() + "\": ");
          assertThat(error.isUsageError()).isTrue();
        });
  }

  private static void resolveWithDuplicateHostPort() {
    CreationRules.resolve(CreationRequest.builder().image(ImageRef.of("i")).rapidHostPort(9000)
        .addExposedPort(ExposedPort.of(3000, 9000)).build(), host(CodeDirKind.DIRECTORY), WindowsPathStyle.DRIVE_ROOT);
  }

  private static void resolveWithCodeDir(CodeDirKind kind) {
    CreationRules.resolve(CreationRequest.builder().image(ImageRef.of("i")).codeDir(HostPath.of("/no/such/dir"))
        .build(), host(kind), WindowsPathStyle.DRIVE_ROOT);
  }

  private static HostFacts host(CodeDirKind kind) {
    return HostFacts.builder().windowsPaths(false).codeDir(kind).build();
  }
}
