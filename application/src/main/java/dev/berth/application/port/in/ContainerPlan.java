package dev.berth.application.port.in;

import dev.berth.domain.BerthStyle;
import dev.berth.domain.spec.ContainerSpec;
import org.immutables.value.Value;

/** A resolved spec and the exact create request body one runtime would send for it. */
@Value.Immutable
@BerthStyle
public interface ContainerPlan {
  ContainerSpec spec();

  String requestBody();

  static ContainerPlan of(ContainerSpec spec, String requestBody) {
    return ImmutableContainerPlan.builder().spec(spec).requestBody(requestBody).build();
  }
}
