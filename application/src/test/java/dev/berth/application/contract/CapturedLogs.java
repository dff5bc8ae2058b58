package dev.berth.application.contract;

import dev.berth.application.port.out.LogSink;
import dev.berth.application.port.out.LogStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/** A {@link LogSink} that keeps each stream's bytes apart; safe to read while a follow writes. */
public final class CapturedLogs implements LogSink {
  private final Map<LogStream, ByteArrayOutputStream> streams = new EnumMap<>(LogStream.class);

  public CapturedLogs() {
    for (LogStream stream : LogStream.values()) {
      streams.put(stream, new ByteArrayOutputStream());
    }
  }

  @Override
  public synchronized void accept(LogStream stream, byte[] chunk) {
    streams.get(stream).writeBytes(chunk);
  }

  public synchronized String text(LogStream stream) {
    return streams.get(stream).toString(StandardCharsets.UTF_8);
  }
}
