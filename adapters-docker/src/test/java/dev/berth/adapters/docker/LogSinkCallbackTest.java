package dev.berth.adapters.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import dev.berth.application.port.out.LogStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogSinkCallbackTest {
  private final List<String> received = new ArrayList<>();
  private final LogSinkCallback callback = new LogSinkCallback(
      (stream, chunk) -> received.add(stream + " " + new String(chunk, StandardCharsets.UTF_8)));

  @Test
  void framesKeepTheirStreamInTheOrderTheyCame() {
    callback.onNext(frame(StreamType.STDOUT, "out"));
    callback.onNext(frame(StreamType.STDERR, "err"));
    callback.onNext(frame(StreamType.STDOUT, "more"));

    assertThat(received).containsExactly("STDOUT out", "STDERR err", "STDOUT more");
  }

  @Test
  void ttyOutputIsOneRawStreamReportedAsStdout() {
    callback.onNext(frame(StreamType.RAW, "hi\r\n"));

    assertThat(received).containsExactly(LogStream.STDOUT + " hi\r\n");
  }

  private static Frame frame(StreamType type, String text) {
    return new Frame(type, text.getBytes(StandardCharsets.UTF_8));
  }
}
