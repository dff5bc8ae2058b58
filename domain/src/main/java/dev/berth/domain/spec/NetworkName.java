package dev.berth.domain.spec;

import dev.berth.domain.BerthStyle;
import org.immutables.value.Value;

/** R14: the network a container joins; {@code host} means the host's own network stack. */
@Value.Immutable
@BerthStyle
public interface NetworkName {
  String HOST = "host";

  @Value.Parameter
  String value();

  static NetworkName of(String value) {
    return ImmutableNetworkName.of(value);
  }

  default boolean isHost() {
    return HOST.equals(value());
  }

  @Value.Check
  default void check() {
    Invalid.requireText(value(), "network");
    Invalid.unless(value().chars().noneMatch(Character::isWhitespace), "network", value(),
        "must not contain spaces");
  }
}
