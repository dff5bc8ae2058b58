package dev.berth.domain.rules;

import dev.berth.domain.request.CreationRequest;
import java.util.Map;

/** R8: the environment is set only when there is some; the image's own variables stay. */
public final class EnvironmentRule {
  private EnvironmentRule() {}

  public static Map<String, String> environment(CreationRequest request) {
    return request.environment().isEmpty() ? Map.of() : request.environment();
  }
}
