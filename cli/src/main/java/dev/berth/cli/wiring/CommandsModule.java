package dev.berth.cli.wiring;

import dagger.Binds;
import dagger.Module;
import dagger.multibindings.ClassKey;
import dagger.multibindings.IntoMap;
import dev.berth.cli.BerthCommand;
import dev.berth.cli.command.CompletionCommand;
import dev.berth.cli.command.CreateCommand;
import dev.berth.cli.command.InspectCommand;
import dev.berth.cli.command.LogsCommand;
import dev.berth.cli.command.PlanCommand;
import dev.berth.cli.command.RemoveCommand;
import dev.berth.cli.command.RunContainerCommand;
import dev.berth.cli.command.RuntimesCommand;
import dev.berth.cli.command.StartCommand;
import dev.berth.cli.command.StopCommand;
import dev.berth.cli.command.WaitCommand;

/** Every berth command, by class, for {@link CommandFactory}. */
@Module
interface CommandsModule {
  @Binds @IntoMap @ClassKey(BerthCommand.class)
  Object berth(BerthCommand command);

  @Binds @IntoMap @ClassKey(CreateCommand.class)
  Object create(CreateCommand command);

  @Binds @IntoMap @ClassKey(StartCommand.class)
  Object start(StartCommand command);

  @Binds @IntoMap @ClassKey(RunContainerCommand.class)
  Object run(RunContainerCommand command);

  @Binds @IntoMap @ClassKey(LogsCommand.class)
  Object logs(LogsCommand command);

  @Binds @IntoMap @ClassKey(WaitCommand.class)
  Object waitForExit(WaitCommand command);

  @Binds @IntoMap @ClassKey(StopCommand.class)
  Object stop(StopCommand command);

  @Binds @IntoMap @ClassKey(RemoveCommand.class)
  Object remove(RemoveCommand command);

  @Binds @IntoMap @ClassKey(InspectCommand.class)
  Object inspect(InspectCommand command);

  @Binds @IntoMap @ClassKey(PlanCommand.class)
  Object plan(PlanCommand command);

  @Binds @IntoMap @ClassKey(RuntimesCommand.class)
  Object runtimes(RuntimesCommand command);

  @Binds @IntoMap @ClassKey(CompletionCommand.class)
  Object completion(CompletionCommand command);
}
