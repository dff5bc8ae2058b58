package dev.berth.domain.request;

import dev.berth.domain.BerthStyle;
import dev.berth.domain.spec.ContainerPath;
import dev.berth.domain.spec.EffectiveUser;
import dev.berth.domain.spec.Mount;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * R5: typed overrides, applied after R1-R4 with the reach SAM's {@code container_opts} has.
 * Each present value replaces what the rules decided; {@code mounts} replaces all mounts.
 */
@Value.Immutable
@BerthStyle
public interface Overrides {
  Optional<List<String>> command();

  Optional<ContainerPath> workingDir();

  Optional<Boolean> tty();

  Optional<Boolean> useConfigProxy();

  Optional<EffectiveUser> user();

  Optional<List<Mount>> mounts();

  static Overrides none() {
    return ImmutableOverrides.builder().build();
  }

  static ImmutableOverrides.Builder builder() {
    return ImmutableOverrides.builder();
  }
}
