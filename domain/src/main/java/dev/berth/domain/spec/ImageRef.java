package dev.berth.domain.spec;

import dev.berth.domain.BerthStyle;
import org.immutables.value.Value;

/** The image a container is created from, as the engine names it. */
@Value.Immutable
@BerthStyle
public interface ImageRef {
  @Value.Parameter
  String value();

  static ImageRef of(String value) {
    return ImmutableImageRef.of(value);
  }

  @Value.Check
  default void check() {
    Invalid.requireText(value(), "image");
    Invalid.unless(value().chars().noneMatch(Character::isWhitespace), "image", value(), "must not contain spaces");
  }
}
