package dev.berth.cli.discovery;

import java.nio.file.Path;
import java.util.Optional;

/** What discovery reads of the process environment, behind an interface so each strategy is testable alone. */
public interface Environment {
  /** The variable's value; empty when it is unset or blank. */
  Optional<String> variable(String name);

  Path homeDirectory();
}
