package dev.berth.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.port.out.RuntimeEndpoint;
import dev.berth.application.port.out.RuntimeInfo;
import dev.berth.domain.error.EngineUnreachableException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who answers where: the runtime names itself, and a silent endpoint fails fast and by name. */
public interface EndpointContract extends RuntimeUnderTest {
  /** Generous for a local refusal, far below any default client timeout. */
  Duration FAIL_FAST = Duration.ofSeconds(5);

  @Test
  default void pingSaysWhichRuntimeAnsweredWhere() {
    RuntimeInfo info = runtime().ping();

    assertThat(info.runtime()).isEqualTo(factory().name());
    assertThat(info.endpoint()).isEqualTo(endpoint().uri());
    assertThat(info.engineVersion()).isNotBlank();
    assertThat(info.apiVersion()).isNotBlank();
  }

  @Test
  default void probeRecognisesItsOwnEngine() {
    assertThat(factory().probe(endpoint())).hasValueSatisfying(
        info -> assertThat(info.runtime()).isEqualTo(factory().name()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"unix:///nonexistent/berth/engine.sock", "tcp://127.0.0.1:1"})
  default void unreachableEngineFailsFastNamingTheEndpoint(String uri) {
    ContainerRuntimePort silent = factory().connect(RuntimeEndpoint.of(uri));

    assertTimeoutPreemptively(FAIL_FAST, () -> {
      assertThatThrownBy(silent::ping)
          .isInstanceOfSatisfying(EngineUnreachableException.class, e -> assertThat(e.endpoint()).isEqualTo(uri));
      assertThatThrownBy(() -> silent.create(containers().spec("true").build()))
          .isInstanceOfSatisfying(EngineUnreachableException.class, e -> assertThat(e.endpoint()).isEqualTo(uri));
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"unix:///nonexistent/berth/engine.sock", "tcp://127.0.0.1:1"})
  default void probeOfUnreachableEndpointIsEmpty(String uri) {
    assertTimeoutPreemptively(FAIL_FAST,
        () -> assertThat(factory().probe(RuntimeEndpoint.of(uri))).isEmpty());
  }
}
