package dev.berth.adapters.docker;

import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
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
    String line = Stream.of(item.getId(), item.getStatus(), bytes(item.getProgressDetail()))
        .filter(Objects::nonNull)
        .filter(part -> !part.isBlank())
        .collect(Collectors.joining(" "));
    if (!line.isEmpty()) {
      progress.report(line);
    }
  }

  private static String bytes(ResponseItem.ProgressDetail detail) {
    if (detail == null || detail.getCurrent() == null || detail.getTotal() == null || detail.getTotal() <= 0) {
      return null;
    }
    return detail.getCurrent() + "/" + detail.getTotal() + " bytes";
  }
}
