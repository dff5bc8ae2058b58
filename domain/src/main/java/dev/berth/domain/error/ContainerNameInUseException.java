package dev.berth.domain.error;

/** Another container already has the requested name. */
public final class ContainerNameInUseException extends BerthException {
  private final String name;

  public ContainerNameInUseException(String name) {
    super("container name already in use: " + name);
    this.name = name;
  }

  public String name() {
    return name;
  }
}
