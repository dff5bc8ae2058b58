package dev.berth.domain.rules;

import dev.berth.domain.BerthStyle;
import dev.berth.domain.spec.ContainerPath;
import dev.berth.domain.spec.EffectiveUser;
import dev.berth.domain.spec.Mount;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The part of a spec that R1-R5 decide, as it passes from one rule to the next. */
@Value.Immutable
@BerthStyle
interface Settings {
  List<Mount> mounts();

  List<String> command();

  ContainerPath workingDir();

  boolean tty();

  boolean useConfigProxy();

  Optional<EffectiveUser> user();

  Settings withMounts(Iterable<? extends Mount> mounts);

  Settings withCommand(Iterable<String> command);

  Settings withWorkingDir(ContainerPath workingDir);

  Settings withTty(boolean tty);

  Settings withUseConfigProxy(boolean useConfigProxy);

  Settings withUser(Optional<? extends EffectiveUser> user);
}
