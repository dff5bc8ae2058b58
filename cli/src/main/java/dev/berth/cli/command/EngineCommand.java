package dev.berth.cli.command;

import dev.berth.cli.Terminal;
import dev.berth.cli.options.RuntimeOptions;
import dev.berth.cli.engine.EngineSession;
import dev.berth.cli.engine.EngineSessions;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Mixin;

/** A command that talks to one engine: it takes {@code --runtime} and {@code --host} and works in a session. */
abstract class EngineCommand implements Callable<Integer> {
  @Mixin
  private RuntimeOptions runtime;

  private final EngineSessions sessions;
  protected final Terminal terminal;

  EngineCommand(EngineSessions sessions, Terminal terminal) {
    this.sessions = sessions;
    this.terminal = terminal;
  }

  /** Runs {@code work} against the engine the options lead to, releasing the session afterwards. */
  protected final <T> T withEngine(Function<EngineSession, T> work) {
    try (EngineSession session = sessions.open(runtime)) {
      return work.apply(session);
    }
  }
}
