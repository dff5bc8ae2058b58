package dev.berth.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.cli.e2e.Berth.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** What berth refuses, what it only plans, and which engine it finds: checked against the real engines. */
class RefusalsAndDiscoveryIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestLabel label = TestLabel.unique();

  @AfterEach
  void removeAnythingThatLeaked() {
    for (Engine engine : Engine.values()) {
      engine.removeLabelled(label);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "--port       | 70000",
      "--env        | =oops",
      "--memory     | 0",
      "--add-host   | db-without-ip",
      "--context    | deploy",
      "--workdir    | relative/dir",
      "--volume     | /only-a-host-path",
      "--code       | /no/such/berth/dir"})
  void aBadOptionExitsTwoWithOneLineNamingItAndCreatesNothing(String option, String value) {
    Result result = Berth.run("create", "--host", Engine.DOCKER.host, "--label", label.option(), option, value,
        Engine.TEST_IMAGE);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderr().lines()).as(result.toString()).hasSize(1);
    assertThat(result.stderr()).contains(option, value).doesNotContain("Exception");
    assertThat(result.stdout()).isEmpty();
    for (Engine engine : Engine.values()) {
      assertThat(engine.containersLabelled(label)).isEmpty();
    }
  }

  @Test
  void debugAddsTheStackTrace() {
    Result result = Berth.run("create", "--debug", "--port", "0", Engine.TEST_IMAGE);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).startsWith("berth: invalid --port \"0\"").contains("InvalidSpecException", "\tat ");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Result result = Berth.run("create", "--no-such-option", Engine.TEST_IMAGE);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr().lines()).hasSize(1);
    assertThat(result.stderr()).contains("--no-such-option", "berth create --help");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aMissingNetworkExitsOneNamingItAndLeavesNoContainer(Engine engine) {
    String network = "berth-missing-" + label.value().substring(0, 8);

    Result result = Berth.run("create", "--host", engine.host, "--label", label.option(), "--network", network,
        Engine.TEST_IMAGE);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.stderr()).contains(network).doesNotContain("Exception");
    assertThat(engine.containersLabelled(label)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void planShowsSpecAndBodyMasksSecretsAndCreatesNothing(Engine engine) throws IOException {
    engine.port();
    Result masked = Berth.run("plan", "--host", engine.host, "--label", label.option(), "-e", "SECRET=hunter2",
        "-p", "8080", "-m", "64", Engine.TEST_IMAGE, "sh", "-c", "echo hi");

    assertThat(masked.exitCode()).as(masked.toString()).isZero();
    assertThat(masked.stdout()).contains("runtime: " + engine.runtime, "SECRET: ****", "requestBody: {")
        .doesNotContain("hunter2");

    Result shown = Berth.run("plan", "--host", engine.host, "--label", label.option(), "-e", "SECRET=hunter2",
        "--show-env", "--output", "json", Engine.TEST_IMAGE);
    JsonNode plan = JSON.readTree(shown.stdout());
    assertThat(plan.path("runtime").asText()).isEqualTo(engine.runtime);
    assertThat(plan.path("spec").path("environment").path("SECRET").asText()).isEqualTo("hunter2");
    assertThat(plan.path("requestBody").asText()).contains("hunter2", Engine.TEST_IMAGE);

    assertThat(engine.containersLabelled(label)).isEmpty();
  }

  @Test
  void writingAsAnUnprivilegedUserPlansTheContainerAsThatUser() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv (util-linux) is not installed");
    Path code = Files.createTempDirectory("berth-r4-");
    try {
      Files.setPosixFilePermissions(code, PosixFilePermissions.fromString("rwxr-xr-x"));

      Result plan = Berth.runAsNobody("plan", "--runtime", "docker", "--write", "--code", code.toString(),
          "--output", "json", Engine.TEST_IMAGE);

      assertThat(plan.exitCode()).as(plan.toString()).isZero();
      assertThat(JSON.readTree(plan.stdout()).path("spec").path("user").asText()).as("R4").isEqualTo("65534:65534");
    } finally {
      Files.delete(code);
    }
  }

  @Test
  void planWithAutoAndNoHostShowsEveryRuntime() throws IOException {
    Result result = Berth.run("plan", "--runtime", "auto", "--output", "json", Engine.TEST_IMAGE);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<String> runtimes = new ArrayList<>();
    JSON.readTree(result.stdout()).forEach(plan -> runtimes.add(plan.path("runtime").asText()));
    assertThat(runtimes).containsExactly("docker", "podman");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void discoveryTellsEachEngineByWhatItAnswers(Engine engine) throws IOException {
    engine.port();
    Result result = Berth.run("runtimes", "--host", engine.host, "--output", "json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    JsonNode endpoint = JSON.readTree(result.stdout()).get(0);
    assertThat(endpoint.path("endpoint").asText()).isEqualTo(engine.host);
    assertThat(endpoint.path("answers").asBoolean()).isTrue();
    assertThat(endpoint.path("runtime").asText()).isEqualTo(engine.runtime);
  }

  @Test
  void runtimesOfOneKindSaysWhereThatKindDoesNotAnswer() throws IOException {
    Engine.PODMAN.port();
    Result result = Berth.run("runtimes", "--runtime", "docker", "--host", Engine.PODMAN.host, "--output", "json");

    assertThat(JSON.readTree(result.stdout()).get(0).path("status").asText()).isEqualTo("no docker engine answers");
  }

  @Test
  void runtimesListsTheWellKnownSocketsInOrder() {
    Result result = Berth.run("runtimes");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).containsSubsequence("unix:///var/run/docker.sock", "unix:///run/podman/podman.sock");
  }

  @Test
  void versionHelpAndCompletionAreThere() {
    assertThat(Berth.run("--version").stdout()).startsWith("berth ");

    Result help = Berth.run("create", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.stdout()).contains("--code", "--workdir", "--write", "--context", "--mount-symlinks", "--env",
        "--env-file", "--port", "--rapid-port", "--host-interface", "--entrypoint", "--memory", "--add-host",
        "--network", "--volume", "--dns", "--label", "--name", "--tmp-dir", "--runtime", "--host");

    Result completion = Berth.run("completion");
    assertThat(completion.exitCode()).isZero();
    assertThat(completion.stdout()).contains("complete -F");
  }
}
