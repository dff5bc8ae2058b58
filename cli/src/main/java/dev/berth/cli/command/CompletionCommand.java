package dev.berth.cli.command;

import dev.berth.cli.Terminal;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "completion", header = "Print the bash (and zsh) completion script.",
    description = {"Load it in the current shell with: source <(berth completion)", ""})
public final class CompletionCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  private final Terminal terminal;

  @Inject
  CompletionCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    terminal.out().print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
    return 0;
  }
}
