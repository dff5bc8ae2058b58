package dev.berth.adapters.podman.libpod;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits libpod's log stream into stdout and stderr. Each frame is an 8-byte header (stream
 * type, three zero bytes, big-endian payload length) and the payload. Payloads are handed on in
 * pieces of at most {@link #MAX_CHUNK} bytes as they are read, so a long line never waits for its end.
 */
final class MultiplexedStreamReader {
  static final int MAX_CHUNK = 8192;
  private static final int HEADER_LENGTH = 8;
  private static final int STDERR = 2;

  private MultiplexedStreamReader() {}

  static void copy(InputStream frames, OutputChunkHandler handler) throws IOException {
    byte[] header = new byte[HEADER_LENGTH];
    while (readHeader(frames, header)) {
      OutputStreamKind stream = header[0] == STDERR ? OutputStreamKind.STDERR : OutputStreamKind.STDOUT;
      long remaining = ((header[4] & 0xffL) << 24) | ((header[5] & 0xff) << 16)
          | ((header[6] & 0xff) << 8) | (header[7] & 0xff);
      byte[] buffer = new byte[(int) Math.min(MAX_CHUNK, remaining)];
      while (remaining > 0) {
        int read = frames.read(buffer, 0, (int) Math.min(buffer.length, remaining));
        if (read < 0) {
          throw new EOFException("log stream ended inside a frame");
        }
        handler.accept(stream, Arrays.copyOf(buffer, read));
        remaining -= read;
      }
    }
  }

  /** Reads one whole header; false at a clean end of stream between frames. */
  private static boolean readHeader(InputStream frames, byte[] header) throws IOException {
    int filled = 0;
    while (filled < header.length) {
      int read = frames.read(header, filled, header.length - filled);
      if (read < 0) {
        if (filled == 0) {
          return false;
        }
        throw new EOFException("log stream ended inside a frame header");
      }
      filled += read;
    }
    return true;
  }
}
