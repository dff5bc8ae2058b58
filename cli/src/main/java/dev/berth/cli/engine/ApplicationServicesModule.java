package dev.berth.cli.engine;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
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
import dev.berth.application.port.out.HostPort;
import dev.berth.application.port.out.ProgressReporter;
import dev.berth.application.service.ContainerLifecycleService;
import dev.berth.application.service.CreateContainerService;
import dev.berth.application.service.PlanContainerService;
import dev.berth.application.service.RunContainerService;

/** The application services, built here because the application carries no injection annotations. */
@Module
public interface ApplicationServicesModule {
  @Provides
  static CreateContainerUseCase create(ContainerRuntimePort runtime, HostPort host, ProgressReporter progress) {
    return new CreateContainerService(runtime, host, progress);
  }

  @Provides
  static PlanContainerUseCase plan(ContainerRuntimePort runtime, HostPort host) {
    return new PlanContainerService(runtime, host);
  }

  @Provides
  static RunContainerUseCase run(CreateContainerUseCase create, ContainerRuntimePort runtime) {
    return new RunContainerService(create, runtime);
  }

  @Provides
  static ContainerLifecycleService lifecycle(ContainerRuntimePort runtime) {
    return new ContainerLifecycleService(runtime);
  }

  @Binds
  StartContainerUseCase start(ContainerLifecycleService lifecycle);

  @Binds
  StopContainerUseCase stop(ContainerLifecycleService lifecycle);

  @Binds
  RemoveContainerUseCase remove(ContainerLifecycleService lifecycle);

  @Binds
  StreamLogsUseCase logs(ContainerLifecycleService lifecycle);

  @Binds
  WaitContainerUseCase waitForExit(ContainerLifecycleService lifecycle);

  @Binds
  InspectContainerUseCase inspect(ContainerLifecycleService lifecycle);
}
