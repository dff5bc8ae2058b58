package dev.berth.cli.wiring;

import dagger.Module;
import dagger.Provides;
import dev.berth.application.port.out.ContainerRuntimeFactory;
import dev.berth.application.port.out.HostPort;
import dev.berth.application.port.out.ProgressReporter;
import dev.berth.cli.ExitCleanup;
import dev.berth.cli.Terminal;
import dev.berth.cli.discovery.DiscoveryChain;
import dev.berth.cli.discovery.DockerConfigDirectory;
import dev.berth.cli.discovery.EndpointProber;
import dev.berth.cli.discovery.Environment;
import dev.berth.cli.discovery.PodmanExecutable;
import dev.berth.cli.discovery.RuntimeDiscovery;
import dev.berth.cli.discovery.SystemEnvironment;
import dev.berth.cli.engine.RuntimeComponent;
import dev.berth.cli.host.LocalHostAdapter;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Map;
import javax.inject.Named;

/** The command line's own pieces: the host, discovery, progress reports and exit-time cleanup. */
@Module(includes = CommandsModule.class, subcomponents = RuntimeComponent.class)
interface CliModule {
  @Provides
  @Singleton
  static ExitCleanup exitCleanup() {
    return new ExitCleanup();
  }

  @Provides
  static Environment environment() {
    return new SystemEnvironment();
  }

  /** For the Docker runtime, which copies the client's configured proxies (R3). */
  @Provides
  @Named("dockerConfigDir")
  static Path dockerConfigDir(Environment environment) {
    return DockerConfigDirectory.of(environment);
  }

  @Provides
  static HostPort host() {
    return LocalHostAdapter.forThisMachine();
  }

  /** Progress (an image pull) goes to stderr, so stdout stays the result alone. */
  @Provides
  static ProgressReporter progress(Terminal terminal) {
    return message -> terminal.err().println("berth: " + message);
  }

  @Provides
  static RuntimeDiscovery discovery(Map<String, ContainerRuntimeFactory> runtimes, Environment environment,
      Terminal terminal) {
    return new RuntimeDiscovery(runtimes, DiscoveryChain.standard(), new EndpointProber(), environment,
        new PodmanExecutable(environment), terminal.err());
  }
}
