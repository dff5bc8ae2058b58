package dev.berth.adapters.podman.libpod;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LibpodPathTest {
  @Test
  void everyPathIsUnderTheLibpodPrefix() {
    assertThat(LibpodPath.of("_ping").value()).isEqualTo("/v4.0.0/libpod/_ping");
    assertThat(LibpodPath.of().value()).isEqualTo("/v4.0.0/libpod");
  }

  @Test
  void aSegmentWithASlashStaysOneSegment() {
    assertThat(LibpodPath.of("images", "localhost/berth-test:busybox", "exists").value())
        .isEqualTo("/v4.0.0/libpod/images/localhost%2Fberth-test:busybox/exists");
  }

  @Test
  void aSegmentCannotClimbOutOfThePrefix() {
    assertThat(LibpodPath.of("..", "..", "v1.41", "containers", "json").value())
        .isEqualTo("/v4.0.0/libpod/%2E%2E/%2E%2E/v1.41/containers/json");
    assertThat(LibpodPath.of("containers", "../../../v1.41/containers").value())
        .isEqualTo("/v4.0.0/libpod/containers/..%2F..%2F..%2Fv1.41%2Fcontainers");
  }

  @Test
  void queryValuesAreEscaped() {
    assertThat(LibpodPath.of("containers", "json").query("all", true)
        .query("filters", "{\"label\":[\"k=v w\"]}").value())
        .isEqualTo("/v4.0.0/libpod/containers/json?all=true&filters=%7B%22label%22:%5B%22k%3Dv%20w%22%5D%7D");
  }
}
