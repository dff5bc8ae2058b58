package dev.berth.cli.bench;

import dev.berth.application.port.in.ContainerPlan;
import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.service.PlanContainerService;
import dev.berth.cli.host.LocalHostAdapter;
import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.request.HostFacts;
import dev.berth.domain.request.WindowsPathStyle;
import dev.berth.domain.rules.CreationRules;
import dev.berth.domain.spec.ContainerSpec;
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
 * berth's own work for one create, with no engine: the rules, the host's facts (real file
 * system I/O on a real code dir), each adapter's request body, and the whole plan. None of it
 * opens a connection: a port from {@code connect} does no I/O and describing sends nothing.
 *
 * <p>Two forks, since JIT and GC decisions differ from one JVM to the next; short iterations,
 * since each call takes microseconds. With the engine benchmarks, scripts/bench takes ~2.5 min.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class BerthWorkBenchmark {

  /** The request and the host, shared by every benchmark here. */
  @State(Scope.Benchmark)
  public static class Host {
    CreateScenario scenario;
    LocalHostAdapter host;
    CreationRequest request;
    HostFacts facts;

    @Setup(Level.Trial)
    public void setUp() {
      scenario = CreateScenario.onDisk();
      host = LocalHostAdapter.forThisMachine();
      request = scenario.fullRequest();
      facts = host.facts(request.codeDir());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      scenario.close();
    }
  }

  /** One runtime's port and plan service; only the benchmarks that take it run once per runtime. */
  @State(Scope.Benchmark)
  public static class Runtime {
    @Param
    BenchEngine runtime;
    ContainerRuntimePort port;
    PlanContainerService planner;
    ContainerSpec spec;

    @Setup(Level.Trial)
    public void setUp(Host host) {
      port = runtime.factory(host.scenario.dockerConfigDir()).connect(runtime.endpoint());
      planner = new PlanContainerService(port, host.host);
      spec = CreationRules.resolve(host.request, host.facts, port.windowsPathStyle());
    }
  }

  /** (a) R1-R12 on the full request; the path style only matters on a Windows host. */
  @Benchmark
  public ContainerSpec resolveRules(Host host) {
    return CreationRules.resolve(host.request, host.facts, WindowsPathStyle.DRIVE_ROOT);
  }

  /** (b) What is at the code dir and where its symlinks lead, asked of the file system. */
  @Benchmark
  public HostFacts hostFacts(Host host) {
    return host.host.facts(host.request.codeDir());
  }

  /** (c) The adapter's translation of the spec into the body it would POST. */
  @Benchmark
  public String describeRequest(Runtime runtime) {
    return runtime.port.describeCreateRequest(runtime.spec);
  }

  /** (d) All of it, as {@code berth plan} does it: facts, rules, request body. */
  @Benchmark
  public ContainerPlan plan(Host host, Runtime runtime) {
    return runtime.planner.plan(host.request);
  }
}
