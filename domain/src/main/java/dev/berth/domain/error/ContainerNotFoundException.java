package dev.berth.domain.error;

/** No container with that id or name exists on the engine. */
public final class ContainerNotFoundException extends BerthException {
  private final String container;

  public ContainerNotFoundException(String container) {
    super("container not found: " + container);
    this.container = container;
  }

  public String container() {
    return container;
  }
}
