package dev.berth.cli.bench;

import dev.berth.application.port.out.ContainerRuntimeFactory;
import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.port.out.RuntimeEndpoint;
import dev.berth.cli.host.LocalHostAdapter;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerSummary;
import dev.berth.domain.error.ContainerNotFoundException;
import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.rules.CreationRules;
import dev.berth.domain.spec.ContainerSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's work for the same create: create and remove one container on a real engine,
 * through berth's adapter and, as the floor, as bare HTTP with the body berth would send
 * serialised beforehand. The difference is what berth's mapping and its client library add.
 *
 * <p>Each round trip removes its container; whatever an interrupted one leaves carries this
 * run's label and is removed at tear-down, as the engine lists it.
 *
 * <p>One fork: a round trip takes milliseconds and its spread is the engine's, not the JIT's;
 * 2 s iterations hold a few hundred round trips each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 6, time = 2)
public class EngineRoundTripBenchmark {
  @Param
  BenchEngine engine;

  private final String runId = UUID.randomUUID().toString();
  private CreateScenario scenario;
  private ContainerRuntimePort port;
  private ContainerSpec spec;
  private RawEngineCalls raw;
  private byte[] rawBody;

  @Setup(Level.Trial)
  public void setUp() {
    scenario = CreateScenario.onDisk();
    RuntimeEndpoint endpoint = engine.endpoint();
    ContainerRuntimeFactory factory = engine.factory(scenario.dockerConfigDir());
    if (factory.probe(endpoint).isEmpty()) {
      scenario.close();
      throw new IllegalStateException("SKIPPED: no " + factory.name() + " engine answers on " + endpoint.uri()
          + " (scripts/engines up starts one)");
    }
    port = factory.connect(endpoint);
    CreationRequest request = scenario.engineRequest(runId);
    spec = CreationRules.resolve(request, LocalHostAdapter.forThisMachine().facts(request.codeDir()),
        port.windowsPathStyle());
    // The very body the adapter sends (Podman's as for a rootful engine, which the local one is).
    rawBody = port.describeCreateRequest(spec).getBytes(StandardCharsets.UTF_8);
    raw = new RawEngineCalls(engine);
  }

  @Benchmark
  public ContainerId berthCreateRemove() {
    ContainerId id = port.create(spec);
    port.remove(id);
    return id;
  }

  @Benchmark
  public String rawHttpCreateRemove() {
    String id = raw.create(rawBody);
    raw.remove(id);
    return id;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    if (port == null) {
      return;
    }
    for (ContainerSummary left : port.listByLabel(CreateScenario.RUN_LABEL, runId)) {
      try {
        port.remove(left.id());
      } catch (ContainerNotFoundException alreadyGone) {
        // removed meanwhile: nothing left to clean
      }
    }
    raw.close();
    scenario.close();
  }
}
