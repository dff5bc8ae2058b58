package dev.berth.adapters.podman;

import dev.berth.adapters.podman.libpod.PullReport;
import dev.berth.application.port.out.ProgressReporter;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Passes a pull's progress text on as it comes, and keeps its error: libpod answers a failed
 * pull with HTTP 200 and says so only in the stream.
 */
final class PullProgress implements Consumer<PullReport> {
  private final ProgressReporter progress;
  private String failure;

  PullProgress(ProgressReporter progress) {
    this.progress = progress;
  }

  @Override
  public void accept(PullReport report) {
    if (report.stream() != null && !report.stream().isBlank()) {
      progress.report(report.stream().strip());
    }
    if (report.error() != null && !report.error().isBlank()) {
      failure = report.error().strip();
    }
  }

  Optional<String> failure() {
    return Optional.ofNullable(failure);
  }
}
