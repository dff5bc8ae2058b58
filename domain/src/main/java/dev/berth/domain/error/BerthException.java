package dev.berth.domain.error;

/**
 * The one family of errors a berth user can act on. Each subtype carries a message that
 * says what went wrong and with which value; the CLI maps the type to an exit status.
 */
public abstract sealed class BerthException extends RuntimeException
    permits InvalidSpecException,
        EngineUnreachableException,
        ImageNotFoundException,
        ContainerCreationFailedException,
        NetworkNotFoundException,
        PortInUseException,
        ContainerNotFoundException,
        ContainerNameInUseException,
        ContainerAlreadyCreatedException,
        RuntimeOperationException {

  protected BerthException(String message) {
    super(message);
  }

  protected BerthException(String message, Throwable cause) {
    super(message, cause);
  }

  /** True for errors caused by what the user asked for, not by the engine. */
  public boolean isUsageError() {
    return false;
  }
}
