package dev.berth.adapters.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import dev.berth.application.port.out.LogSink;
import dev.berth.application.port.out.LogStream;

/**
 * Passes each demultiplexed frame of Docker's log stream on as it arrives. A container with a
 * tty has one raw stream, which is its stdout.
 */
final class LogSinkCallback extends ResultCallback.Adapter<Frame> {
  private final LogSink sink;

  LogSinkCallback(LogSink sink) {
    this.sink = sink;
  }

  @Override
  public void onNext(Frame frame) {
    switch (frame.getStreamType()) {
      case STDOUT, RAW -> sink.accept(LogStream.STDOUT, frame.getPayload());
      case STDERR -> sink.accept(LogStream.STDERR, frame.getPayload());
      default -> {
        // stdin is never requested
      }
    }
  }
}
