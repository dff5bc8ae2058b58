package dev.berth.adapters.podman.libpod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultiplexedStreamReaderTest {
  private final List<String> received = new ArrayList<>();

  private static byte[] frame(int stream, byte[] payload) {
    ByteArrayOutputStream frame = new ByteArrayOutputStream();
    int length = payload.length;
    frame.writeBytes(new byte[] {(byte) stream, 0, 0, 0,
        (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
    frame.writeBytes(payload);
    return frame.toByteArray();
  }

  private void copy(byte[]... frames) throws Exception {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    Arrays.stream(frames).forEach(all::writeBytes);
    MultiplexedStreamReader.copy(new ByteArrayInputStream(all.toByteArray()),
        (stream, chunk) -> received.add(stream + ":" + new String(chunk, StandardCharsets.UTF_8)));
  }

  @Test
  void framesAreSplitIntoStdoutAndStderr() throws Exception {
    copy(frame(1, "out\n".getBytes(StandardCharsets.UTF_8)), frame(2, "err\n".getBytes(StandardCharsets.UTF_8)));

    assertThat(received).containsExactly("STDOUT:out\n", "STDERR:err\n");
  }

  @Test
  void aLargeFrameIsHandedOnInChunks() throws Exception {
    byte[] payload = new byte[MultiplexedStreamReader.MAX_CHUNK * 2 + 1];
    Arrays.fill(payload, (byte) 'x');
    copy(frame(1, payload));

    assertThat(received).hasSize(3);
    assertThat(received.stream().mapToInt(chunk -> chunk.length() - "STDOUT:".length()).sum()).isEqualTo(payload.length);
  }

  @Test
  void anEmptyStreamHasNoChunks() throws Exception {
    copy();

    assertThat(received).isEmpty();
  }

  @Test
  void aTruncatedFrameIsAnError() {
    byte[] whole = frame(1, "truncated".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> copy(Arrays.copyOf(whole, whole.length - 3))).isInstanceOf(EOFException.class);
  }
}
