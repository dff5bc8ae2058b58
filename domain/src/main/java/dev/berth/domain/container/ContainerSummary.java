package dev.berth.domain.container;

import dev.berth.domain.BerthStyle;
import java.util.Map;
import org.immutables.value.Value;

/** One line of an engine's container list. */
@Value.Immutable
@BerthStyle
public interface ContainerSummary {
  ContainerId id();

  String name();

  String image();

  ContainerState state();

  Map<String, String> labels();
}
