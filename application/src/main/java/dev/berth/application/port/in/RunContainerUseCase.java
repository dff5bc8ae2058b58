package dev.berth.application.port.in;

/**
 * Create, start, stream the output until the container exits, and return its exit code;
 * with {@code removeAfter}, the container is removed whatever happens after it exists.
 */
public interface RunContainerUseCase {
  RunResult run(RunCommand command);
}
