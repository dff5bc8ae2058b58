package dev.berth.adapters.podman.libpod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyManagementException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keys and certificates made by openssl, in both private key forms TLS directories hold. */
class PemDirectorySslConfigTest {
  @TempDir
  Path directory;

  private void openssl(String... arguments) throws IOException, InterruptedException {
    Assumptions.assumeTrue(onPath("openssl"), "openssl makes this test's certificates");
    List<String> command = new ArrayList<>(List.of("openssl"));
    command.addAll(Arrays.asList(arguments));
    Process process = new ProcessBuilder(command).directory(directory.toFile())
        .redirectErrorStream(true).redirectOutput(directory.resolve("openssl.log").toFile()).start();
    assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
  }

  private void makeTlsDirectory(String keyForm) throws IOException, InterruptedException {
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca-key.pem", "-out", "ca.pem",
        "-days", "1", "-subj", "/CN=berth-test-ca");
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "pkcs8.pem", "-out", "cert.pem",
        "-days", "1", "-subj", "/CN=berth-test-client");
    if (keyForm.equals("pkcs1")) {
      openssl("rsa", "-in", "pkcs8.pem", "-out", "key.pem", "-traditional");
      assertThat(Files.readString(directory.resolve("key.pem"))).contains("BEGIN RSA PRIVATE KEY");
    } else {
      Files.copy(directory.resolve("pkcs8.pem"), directory.resolve("key.pem"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"pkcs8", "pkcs1"})
  void readsTheDirectoryIntoATlsContext(String keyForm) throws Exception {
    makeTlsDirectory(keyForm);

    assertThat(new PemDirectorySslConfig(directory).getSSLContext().getProtocol()).isEqualTo("TLS");
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(() -> new PemDirectorySslConfig(directory).getSSLContext())
        .isInstanceOf(KeyManagementException.class)
        .hasMessageContaining(directory.toString());
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    return path != null && Arrays.stream(path.split(File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
  }
}
