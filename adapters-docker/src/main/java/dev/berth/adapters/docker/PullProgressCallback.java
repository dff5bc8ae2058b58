package dev.berth.adapters.docker;

import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.model.PullResponseItem;
import dev.berth.application.port.out.ProgressReporter;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reports each status line of a pull as it comes, the way {@code docker pull} prints them. */
final class PullProgressCallback extends PullImageResultCallback {
  private final ProgressReporter progress;

  PullProgressCallback(ProgressReporter progress) {
    this.progress = progress;
  }

  @Override
  public void onNext(PullResponseItem item) {
    super.onNext(item);
    String line = Stream.of(item.getId(), item.getStatus(), item.getProgress())
        .filter(Objects::nonNull)
        .filter(part -> !part.isBlank())
        .collect(Collectors.joining(" "));
    if (!line.isEmpty()) {
      progress.report(line);
    }
  }
}
