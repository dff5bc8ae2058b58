package dev.berth.cli.engine;

import dagger.BindsInstance;
import dagger.Subcomponent;
import dev.berth.application.port.in.CreateContainerUseCase;
import dev.berth.application.port.in.InspectContainerUseCase;
import dev.berth.application.port.in.PlanContainerUseCase;
import dev.berth.application.port.in.RemoveContainerUseCase;
import dev.berth.application.port.in.RunContainerUseCase;
import dev.berth.application.port.in.StartContainerUseCase;
import dev.berth.application.port.in.StopContainerUseCase;
import dev.berth.application.port.in.StreamLogsUseCase;
import dev.berth.application.port.in.WaitContainerUseCase;
import dev.berth.application.port.out.ContainerRuntimePort;

/** The use cases, bound to the one runtime discovery chose for this command (known only after parsing). */
@Subcomponent(modules = ApplicationServicesModule.class)
public interface RuntimeComponent {
  ContainerRuntimePort runtime();

  CreateContainerUseCase create();

  PlanContainerUseCase plan();

  RunContainerUseCase run();

  StartContainerUseCase start();

  StopContainerUseCase stop();

  RemoveContainerUseCase remove();

  StreamLogsUseCase logs();

  WaitContainerUseCase waitForExit();

  InspectContainerUseCase inspect();

  @Subcomponent.Factory
  interface Factory {
    RuntimeComponent create(@BindsInstance ContainerRuntimePort runtime);
  }
}
