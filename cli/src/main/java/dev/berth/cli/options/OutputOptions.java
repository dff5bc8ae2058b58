package dev.berth.cli.options;

import picocli.CommandLine.Option;

/** {@code --output text|json}, wherever a script would want the result. */
public final class OutputOptions {
  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: text (default) or json.")
  private OutputFormat format;

  public boolean json() {
    return format == OutputFormat.JSON;
  }
}
