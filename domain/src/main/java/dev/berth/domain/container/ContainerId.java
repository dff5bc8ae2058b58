package dev.berth.domain.container;

import dev.berth.domain.BerthStyle;
import dev.berth.domain.error.InvalidSpecException;
import org.immutables.value.Value;

/** The engine's identity for a container: its full id, or a name or prefix the user typed. */
@Value.Immutable
@BerthStyle
public interface ContainerId {
  @Value.Parameter
  String value();

  static ContainerId of(String value) {
    return ImmutableContainerId.of(value);
  }

  /** The twelve-character form engines print. */
  default String shortForm() {
    return value().length() > 12 ? value().substring(0, 12) : value();
  }

  @Value.Check
  default void check() {
    if (value().isBlank()) {
      throw new InvalidSpecException("container", value(), "must not be empty");
    }
  }
}
