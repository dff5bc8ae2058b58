package dev.berth.cli.command;

import dagger.Lazy;
import dev.berth.cli.Terminal;
import dev.berth.cli.discovery.ProbeOutcome;
import dev.berth.cli.discovery.RuntimeDiscovery;
import dev.berth.cli.options.OutputOptions;
import dev.berth.cli.options.RuntimeOptions;
import dev.berth.cli.output.Json;
import dev.berth.cli.output.Views;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "runtimes", sortOptions = false, header = "List the endpoints berth would try, and who answers.",
    description = {"Each candidate endpoint in discovery order, where it came from, whether an engine answers, "
        + "which runtime it is and its versions; --runtime auto uses the first that answers. With --runtime, only "
        + "that runtime probes; with --host, only that endpoint is probed.", ""})
public final class RuntimesCommand implements Callable<Integer> {
  private static final String ROW = "%-28s %-44s %-8s %-8s %-16s %s%n";

  @Mixin
  private RuntimeOptions runtime;

  @Mixin
  private OutputOptions output;

  private final Lazy<RuntimeDiscovery> discovery;
  private final Terminal terminal;

  @Inject
  RuntimesCommand(Lazy<RuntimeDiscovery> discovery, Terminal terminal) {
    this.discovery = discovery;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    List<ProbeOutcome> outcomes = discovery.get().survey(runtime.runtime(), runtime.host());
    if (output.json()) {
      terminal.out().print(Json.write(outcomes.stream().map(RuntimesCommand::view).toList()));
      return 0;
    }
    terminal.out().printf(ROW, "SOURCE", "ENDPOINT", "ANSWERS", "RUNTIME", "ENGINE", "API");
    for (ProbeOutcome outcome : outcomes) {
      terminal.out().printf(ROW, outcome.candidate().source(), outcome.candidate().uri(),
          outcome.answers() ? "yes" : "no",
          outcome.answer().map(answer -> answer.info().runtime()).orElse("-"),
          outcome.answer().map(answer -> answer.info().engineVersion()).orElse("-"),
          outcome.answer().map(answer -> answer.info().apiVersion()).orElse(outcome.status()));
    }
    return 0;
  }

  private static Map<String, Object> view(ProbeOutcome outcome) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("source", outcome.candidate().source());
    view.put("endpoint", outcome.candidate().uri());
    view.put("answers", outcome.answers());
    view.put("status", outcome.status());
    outcome.answer().ifPresent(answer -> view.putAll(Views.runtime(answer.info())));
    return view;
  }
}
