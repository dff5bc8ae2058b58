package dev.berth.domain.spec;

import dev.berth.domain.BerthStyle;
import org.immutables.value.Value;

/**
 * A path on the host, as the user or the host port gave it: POSIX or Windows
 * ({@code C:\Users\me}). {@link dev.berth.domain.rules.HostPathStyleRule} turns it into the
 * form the engine expects.
 */
@Value.Immutable
@BerthStyle
public interface HostPath {
  @Value.Parameter
  String value();

  static HostPath of(String value) {
    return ImmutableHostPath.of(value);
  }

  /** The last path element, for either separator. */
  default String fileName() {
    String trimmed = value().replaceAll("[/\\\\]+$", "");
    int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
    return trimmed.substring(cut + 1);
  }

  @Value.Check
  default void check() {
    Invalid.requireText(value(), "host path");
  }
}
