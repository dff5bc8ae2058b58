package dev.berth.application.port.out;

/** Which of the container's output streams a chunk came from. */
public enum LogStream {
  STDOUT,
  STDERR
}
