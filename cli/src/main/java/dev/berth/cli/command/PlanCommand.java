package dev.berth.cli.command;

import dev.berth.application.port.in.ContainerPlan;
import dev.berth.cli.Terminal;
import dev.berth.cli.options.ContainerOptions;
import dev.berth.cli.options.OutputOptions;
import dev.berth.cli.options.RuntimeOptions;
import dev.berth.cli.output.Json;
import dev.berth.cli.output.Text;
import dev.berth.cli.output.Views;
import dev.berth.cli.engine.EngineSession;
import dev.berth.cli.engine.EngineSessions;
import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.spec.ContainerSpec;
import dev.berth.domain.spec.ImmutableContainerSpec;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "plan", sortOptions = false,
    header = "Show what create would do, touching no engine.",
    description = {"Prints the resolved spec (after the creation rules) and the exact create request body the "
        + "runtime would send. Environment values are masked unless --show-env. With --runtime auto "
        + "and no --host, shows the plan of every runtime berth knows (with --output json, an array of them).", "",
        "Example:",
        "  berth plan --runtime podman --code examples/hello -p 9000:8080 \\",
        "      localhost/berth-test:busybox", ""})
public final class PlanCommand implements Callable<Integer>, ImageCommand {
  private static final String MASK = "****";

  @Mixin
  private ContainerOptions container;

  @Mixin
  private RuntimeOptions runtime;

  @Mixin
  private OutputOptions output;

  @Option(names = "--show-env", description = "Show environment values instead of masking them.")
  private boolean showEnvironment;

  private final EngineSessions sessions;
  private final Terminal terminal;

  @Inject
  PlanCommand(EngineSessions sessions, Terminal terminal) {
    this.sessions = sessions;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    CreationRequest request = container.toRequest();
    List<Map<String, Object>> plans = new ArrayList<>();
    for (EngineSession session : sessions.forPlan(runtime)) {
      try (session) {
        plans.add(view(session, session.services().plan().plan(request)));
      }
    }
    if (output.json()) {
      terminal.out().print(Json.write(plans.size() == 1 ? plans.get(0) : plans));
    } else {
      terminal.out().print(plans.stream().map(Text::write).collect(Collectors.joining("\n")));
    }
    return 0;
  }

  private Map<String, Object> view(EngineSession session, ContainerPlan plan) {
    // Masking the spec before describing it keeps the body exact in all but the secret values.
    ContainerSpec shown = showEnvironment ? plan.spec() : masked(plan.spec());
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("runtime", session.runtimeName());
    view.put("spec", Views.spec(shown));
    view.put("requestBody", showEnvironment ? plan.requestBody() : session.services().runtime().describeCreateRequest(shown));
    return view;
  }

  private static ContainerSpec masked(ContainerSpec spec) {
    Map<String, String> environment = new TreeMap<>();
    spec.environment().keySet().forEach(name -> environment.put(name, MASK));
    return ImmutableContainerSpec.copyOf(spec).withEnvironment(environment);
  }
}
