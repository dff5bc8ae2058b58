package dev.berth.application.port.out;

/** Where long operations (an image pull) report what they are doing, as they do it. */
@FunctionalInterface
public interface ProgressReporter {
  ProgressReporter SILENT = message -> {};

  void report(String message);
}
