package dev.berth.domain.spec;

import dev.berth.domain.BerthStyle;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** R4: the numeric user (and group) a container runs as. */
@Value.Immutable
@BerthStyle
public interface EffectiveUser {
  int uid();

  OptionalInt gid();

  static EffectiveUser of(int uid, int gid) {
    return ImmutableEffectiveUser.builder().uid(uid).gid(gid).build();
  }

  static EffectiveUser of(int uid) {
    return ImmutableEffectiveUser.builder().uid(uid).build();
  }

  default boolean isRoot() {
    return uid() == 0;
  }

  /** {@code uid[:gid]}, as {@code --user} takes it. */
  default String asUserString() {
    return gid().isPresent() ? uid() + ":" + gid().getAsInt() : Integer.toString(uid());
  }

  @Value.Check
  default void check() {
    Invalid.unless(uid() >= 0, "user", uid(), "uid must not be negative");
    gid().ifPresent(gid -> Invalid.unless(gid >= 0, "user", gid, "gid must not be negative"));
  }
}
