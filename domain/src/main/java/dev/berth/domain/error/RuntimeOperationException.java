package dev.berth.domain.error;

/** Any other engine failure: the operation and the engine's own explanation. */
public final class RuntimeOperationException extends BerthException {
  public RuntimeOperationException(String operation, String explanation) {
    super(operation + " failed: " + explanation);
  }

  public RuntimeOperationException(String operation, String explanation, Throwable cause) {
    super(operation + " failed: " + explanation, cause);
  }
}
