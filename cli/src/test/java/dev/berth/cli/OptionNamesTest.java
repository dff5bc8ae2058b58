package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionNamesTest {
  @ParameterizedTest
  @CsvSource({"port, --port", "rapid-port, --rapid-port", "image, IMAGE", "container, CONTAINER",
      "DOCKER_HOST, DOCKER_HOST", "host path, --host-path"})
  void aFieldIsNamedAsTheUserTypedIt(String field, String shown) {
    assertThat(OptionNames.forField(field)).isEqualTo(shown);
  }
}
