package dev.berth.cli.output;

import dev.berth.application.port.out.LogSink;
import dev.berth.application.port.out.LogStream;
import dev.berth.cli.Terminal;
import java.io.PrintStream;

/** A container's output onto berth's own stdout and stderr, each chunk as soon as it comes. */
public final class TerminalSink implements LogSink {
  private final Terminal terminal;

  public TerminalSink(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public void accept(LogStream stream, byte[] chunk) {
    PrintStream target = stream == LogStream.STDERR ? terminal.err() : terminal.out();
    target.write(chunk, 0, chunk.length);
    target.flush();
  }
}
