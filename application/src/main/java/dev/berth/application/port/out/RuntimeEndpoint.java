package dev.berth.application.port.out;

import dev.berth.domain.BerthStyle;
import dev.berth.domain.error.InvalidSpecException;
import java.util.Optional;
import org.immutables.value.Value;

/** Where an engine listens: {@code unix:///path} or {@code tcp://host:port}, with optional TLS. */
@Value.Immutable
@BerthStyle
public interface RuntimeEndpoint {
  String uri();

  @Value.Default
  default boolean tlsVerify() {
    return false;
  }

  /** A directory with {@code ca.pem}, {@code cert.pem} and {@code key.pem}. */
  Optional<String> certPath();

  static RuntimeEndpoint of(String uri) {
    return ImmutableRuntimeEndpoint.builder().uri(uri).build();
  }

  static ImmutableRuntimeEndpoint.Builder builder() {
    return ImmutableRuntimeEndpoint.builder();
  }

  @Value.Check
  default void check() {
    if (!(uri().startsWith("unix://") || uri().startsWith("tcp://") || uri().startsWith("npipe://"))) {
      throw new InvalidSpecException("host", uri(),
          "expected unix:///path/to/socket or tcp://host:port");
    }
  }
}
