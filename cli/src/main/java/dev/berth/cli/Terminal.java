package dev.berth.cli;

import java.io.PrintStream;

/** Where berth writes: results on {@code out}, everything a user (not a script) should read on {@code err}. */
public record Terminal(PrintStream out, PrintStream err) {
  public static Terminal system() {
    return new Terminal(System.out, System.err);
  }
}
