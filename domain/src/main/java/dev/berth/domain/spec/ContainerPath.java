package dev.berth.domain.spec;

import dev.berth.domain.BerthStyle;
import org.immutables.value.Value;

/** An absolute POSIX path inside the container. */
@Value.Immutable
@BerthStyle
public interface ContainerPath {
  @Value.Parameter
  String value();

  static ContainerPath of(String value) {
    return ImmutableContainerPath.of(value);
  }

  static ContainerPath of(String field, String value) {
    Invalid.requireText(value, field);
    Invalid.unless(value.startsWith("/"), field, value, "must be an absolute path inside the container");
    return of(value);
  }

  /** The path of {@code name} directly below this one. */
  default ContainerPath child(String name) {
    return of(value().endsWith("/") ? value() + name : value() + "/" + name);
  }

  @Value.Check
  default void check() {
    Invalid.requireText(value(), "workdir");
    Invalid.unless(value().startsWith("/"), "workdir", value(), "must be an absolute path inside the container");
  }
}
