package dev.berth.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorMessagesTest {
  @Test
  void r13CreationFailureKeepsSamsMessage() {
    assertThat(new ContainerCreationFailedException("invalid reference format").getMessage())
        .isEqualTo("Container creation failed: invalid reference format, check template for potential issue");
  }

  @Test
  void r15CreatingTwiceKeepsSamsMessage() {
    assertThat(new ContainerAlreadyCreatedException().getMessage())
        .isEqualTo("This container already exists. Cannot create again.");
  }

  @Test
  void engineUnreachableNamesTheEndpoint() {
    EngineUnreachableException error = new EngineUnreachableException("unix:///run/podman/podman.sock",
        "connection refused");
    assertThat(error.endpoint()).isEqualTo("unix:///run/podman/podman.sock");
    assertThat(error.getMessage()).contains("unix:///run/podman/podman.sock").contains("connection refused");
  }

  @Test
  void onlyInvalidSpecIsAUsageError() {
    assertThat(new InvalidSpecException("port", "0", "port numbers are 1-65535").isUsageError()).isTrue();
    assertThat(new NetworkNotFoundException("fn-net").isUsageError()).isFalse();
    assertThat(new ImageNotFoundException("img", "").getMessage()).isEqualTo("image not found: img");
  }
}
