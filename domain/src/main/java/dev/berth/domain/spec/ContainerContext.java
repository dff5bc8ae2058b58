package dev.berth.domain.spec;

import dev.berth.domain.error.InvalidSpecException;
import java.util.Locale;

/** What the container is for: building a function's artifacts, or invoking it. */
public enum ContainerContext {
  BUILD,
  INVOKE;

  public static ContainerContext parse(String text) {
    for (ContainerContext context : values()) {
      if (context.name().equalsIgnoreCase(text)) {
        return context;
      }
    }
    throw new InvalidSpecException("context", text, "expected invoke or build");
  }

  public String lowerCase() {
    return name().toLowerCase(Locale.ROOT);
  }
}
