package dev.berth.cli;

import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.InvalidSpecException;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into one line on stderr and an exit status: 2 for what the user typed, 1 for what
 * the engine did. The stack trace is shown only with {@code --debug}.
 */
public final class FailureReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
  private static final int ENGINE_ERROR = 1;
  private static final int USAGE_ERROR = 2;
  private static final String DEBUG = "--debug";

  private final Terminal terminal;

  public FailureReporter(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public int handleParseException(ParameterException failure, String[] args) {
    terminal.err().println("berth: " + failure.getMessage() + " (see '"
        + failure.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
    if (Arrays.asList(args).contains(DEBUG)) {
      failure.printStackTrace(terminal.err());
    }
    return USAGE_ERROR;
  }

  @Override
  public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
    int status;
    if (failure instanceof InvalidSpecException invalid) {
      terminal.err().println("berth: invalid " + OptionNames.forField(invalid.field()) + " \"" + invalid.value()
          + "\": " + invalid.reason());
      status = USAGE_ERROR;
    } else if (failure instanceof BerthException known) {
      terminal.err().println("berth: " + known.getMessage());
      status = known.isUsageError() ? USAGE_ERROR : ENGINE_ERROR;
    } else {
      terminal.err().println("berth: unexpected error: " + failure + " (--debug shows where)");
      status = ENGINE_ERROR;
    }
    if (debugRequested(parsed)) {
      failure.printStackTrace(terminal.err());
    }
    return status;
  }

  private static boolean debugRequested(ParseResult parsed) {
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption(DEBUG)) {
        return true;
      }
    }
    return false;
  }
}
