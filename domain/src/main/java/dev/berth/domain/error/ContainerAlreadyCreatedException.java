package dev.berth.domain.error;

/** R15: a container handle creates its container once; SAM's message, word for word. */
public final class ContainerAlreadyCreatedException extends BerthException {
  public ContainerAlreadyCreatedException() {
    super("This container already exists. Cannot create again.");
  }
}
