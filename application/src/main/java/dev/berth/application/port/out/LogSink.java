package dev.berth.application.port.out;

/** Receives a container's output as it comes, chunk by chunk, stdout and stderr apart. */
@FunctionalInterface
public interface LogSink {
  void accept(LogStream stream, byte[] chunk);
}
