package dev.berth.cli.options;

/** How a command prints its result: for people, or for scripts. */
public enum OutputFormat {
  TEXT,
  JSON
}
