package dev.berth.domain.spec;

import dev.berth.domain.BerthStyle;
import org.immutables.value.Value;

/** R11: the container's memory limit, held in bytes as both engines take it. */
@Value.Immutable
@BerthStyle
public interface MemoryLimit {
  long BYTES_PER_MEGABYTE = 1024L * 1024L;

  @Value.Parameter
  long bytes();

  static MemoryLimit ofMegabytes(long megabytes) {
    Invalid.unless(megabytes > 0, "memory", megabytes, "must be a positive number of megabytes");
    Invalid.unless(megabytes <= Long.MAX_VALUE / BYTES_PER_MEGABYTE, "memory", megabytes, "is too large");
    return ImmutableMemoryLimit.of(megabytes * BYTES_PER_MEGABYTE);
  }

  static MemoryLimit ofBytes(long bytes) {
    return ImmutableMemoryLimit.of(bytes);
  }

  @Value.Check
  default void check() {
    Invalid.unless(bytes() > 0, "memory", bytes(), "must be positive");
  }
}
