package dev.berth.domain.spec;

import dev.berth.domain.BerthStyle;
import org.immutables.value.Value;

/** A container name as both engines accept it: {@code [a-zA-Z0-9][a-zA-Z0-9_.-]*}. */
@Value.Immutable
@BerthStyle
public interface ContainerName {
  @Value.Parameter
  String value();

  static ContainerName of(String value) {
    return ImmutableContainerName.of(value);
  }

  @Value.Check
  default void check() {
    Invalid.requireText(value(), "name");
    Invalid.unless(value().matches("[a-zA-Z0-9][a-zA-Z0-9_.-]*"), "name", value(),
        "names start with a letter or digit and use only letters, digits, '_', '.' and '-'");
  }
}
