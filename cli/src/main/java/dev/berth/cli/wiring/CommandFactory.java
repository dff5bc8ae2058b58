package dev.berth.cli.wiring;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Lets picocli obtain berth's commands from Dagger, so they get constructor injection; picocli's own
 * classes (mixins, the help command, the version provider) come from its default factory.
 */
public final class CommandFactory implements IFactory {
  private final Map<Class<?>, Provider<Object>> commands;

  @Inject
  CommandFactory(Map<Class<?>, Provider<Object>> commands) {
    this.commands = commands;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    Provider<Object> command = commands.get(type);
    return command == null ? CommandLine.defaultFactory().create(type) : type.cast(command.get());
  }
}
