package dev.berth.cli.output;

import dev.berth.application.port.out.RuntimeInfo;
import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.spec.ContainerSpec;
import dev.berth.domain.spec.EffectiveUser;
import dev.berth.domain.spec.ExtraHost;
import dev.berth.domain.spec.IpAddress;
import dev.berth.domain.spec.MemoryLimit;
import dev.berth.domain.spec.Mount;
import dev.berth.domain.spec.PortMapping;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The shapes berth prints, one map per value, shared by the JSON and the text output. */
public final class Views {
  private Views() {}

  public static Map<String, Object> spec(ContainerSpec spec) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("image", spec.image().value());
    view.put("name", spec.name().map(name -> name.value()).orElse(null));
    view.put("command", spec.command());
    view.put("entrypoint", spec.entrypoint());
    view.put("workingDir", spec.workingDir().value());
    view.put("context", spec.context().lowerCase());
    view.put("mounts", spec.mounts().stream().map(Views::mount).toList());
    view.put("tty", spec.tty());
    view.put("useConfigProxy", spec.useConfigProxy());
    view.put("user", user(spec.user()));
    view.put("environment", new TreeMap<>(spec.environment()));
    view.put("ports", spec.ports().stream().map(Views::port).toList());
    view.put("memoryBytes", memory(spec.memory()));
    view.put("extraHosts", spec.extraHosts().stream().map(ExtraHost::asHostsEntry).toList());
    view.put("dns", spec.dns().stream().map(IpAddress::value).toList());
    view.put("labels", new TreeMap<>(spec.labels()));
    view.put("network", spec.network().map(network -> network.value()).orElse(null));
    return view;
  }

  public static Map<String, Object> details(ContainerDetails details) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", details.id().value());
    view.put("name", details.name());
    view.put("image", details.image());
    view.put("state", details.state().name().toLowerCase(Locale.ROOT));
    view.put("exitCode", details.exitCode().isPresent() ? details.exitCode().getAsInt() : null);
    view.put("command", details.command());
    view.put("entrypoint", details.entrypoint());
    view.put("workingDir", details.workingDir());
    view.put("mounts", details.mounts().stream().map(Views::mount).toList());
    view.put("tty", details.tty());
    view.put("user", user(details.user()));
    view.put("environment", new TreeMap<>(details.environment()));
    view.put("ports", details.ports().stream().map(Views::port).toList());
    view.put("memoryBytes", memory(details.memory()));
    view.put("extraHosts", details.extraHosts().stream().map(ExtraHost::asHostsEntry).toList());
    view.put("dns", details.dns().stream().map(IpAddress::value).toList());
    view.put("labels", new TreeMap<>(details.labels()));
    view.put("networks", details.networks());
    return view;
  }

  public static Map<String, Object> runtime(RuntimeInfo info) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("runtime", info.runtime());
    view.put("engineVersion", info.engineVersion());
    view.put("apiVersion", info.apiVersion());
    view.put("rootless", info.rootless());
    return view;
  }

  /** {@code 127.0.0.1:49153->8080/tcp}, the way engines print a published port. */
  public static String portLine(PortMapping port) {
    return port.hostInterface().value() + ":" + port.hostPort().orElseThrow() + "->" + port.containerKey();
  }

  private static Map<String, Object> mount(Mount mount) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("source", mount.source().value());
    view.put("target", mount.target().value());
    view.put("mode", mount.mode().option());
    view.put("consistency", mount.consistency().name().toLowerCase(Locale.ROOT));
    return view;
  }

  private static Map<String, Object> port(PortMapping port) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("hostInterface", port.hostInterface().value());
    view.put("hostPort", port.hostPort().isPresent() ? port.hostPort().getAsInt() : null);
    view.put("containerPort", port.containerPort());
    view.put("protocol", port.protocol().lowerCase());
    return view;
  }

  private static String user(Optional<EffectiveUser> user) {
    return user.map(EffectiveUser::asUserString).orElse(null);
  }

  private static Long memory(Optional<MemoryLimit> memory) {
    return memory.map(MemoryLimit::bytes).orElse(null);
  }
}
