package dev.berth.application.service;

import dev.berth.application.port.out.ContainerRuntimePort;
import dev.berth.application.port.out.LogSink;
import dev.berth.application.port.out.LogStream;
import dev.berth.application.port.out.ProgressReporter;
import dev.berth.application.port.out.RuntimeInfo;
import dev.berth.domain.container.ContainerDetails;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerState;
import dev.berth.domain.container.ContainerSummary;
import dev.berth.domain.container.ImmutableContainerDetails;
import dev.berth.domain.error.ContainerNotFoundException;
import dev.berth.domain.request.WindowsPathStyle;
import dev.berth.domain.spec.ContainerSpec;
import dev.berth.domain.spec.ImageRef;
import dev.berth.domain.spec.NetworkName;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** An in-memory runtime that records every call and fails where a test tells it to. */
final class RecordingRuntime implements ContainerRuntimePort {
  final List<String> calls = new ArrayList<>();
  final List<ContainerSpec> created = new ArrayList<>();
  final Map<String, ContainerSpec> containers = new LinkedHashMap<>();
  final Map<String, Supplier<RuntimeException>> failures = new LinkedHashMap<>();
  boolean imagePresent = true;
  int exitCode;
  private int sequence;

  RecordingRuntime failOn(String operation, Supplier<RuntimeException> failure) {
    failures.put(operation, failure);
    return this;
  }

  private void record(String call) {
    calls.add(call);
    String operation = call.split(" ")[0];
    if (failures.containsKey(operation)) {
      throw failures.get(operation).get();
    }
  }

  @Override
  public RuntimeInfo ping() {
    record("ping");
    return RuntimeInfo.builder().runtime("recording").endpoint("memory:").engineVersion("1").apiVersion("1").build();
  }

  @Override
  public boolean imagePresent(ImageRef image) {
    record("imagePresent " + image.value());
    return imagePresent;
  }

  @Override
  public void pullImage(ImageRef image, ProgressReporter progress) {
    record("pull " + image.value());
    progress.report("pulled " + image.value());
  }

  @Override
  public ContainerId create(ContainerSpec spec) {
    record("create");
    ContainerId id = ContainerId.of("c" + ++sequence);
    created.add(spec);
    containers.put(id.value(), spec);
    return id;
  }

  @Override
  public void connect(ContainerId container, NetworkName network) {
    record("connect " + container.value() + " " + network.value());
  }

  @Override
  public void start(ContainerId container) {
    record("start " + container.value());
  }

  @Override
  public void logs(ContainerId container, boolean follow, LogSink sink) {
    record("logs " + container.value());
    sink.accept(LogStream.STDOUT, "out\n".getBytes(StandardCharsets.UTF_8));
    sink.accept(LogStream.STDERR, "err\n".getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int waitForExit(ContainerId container) {
    record("wait " + container.value());
    return exitCode;
  }

  @Override
  public void stop(ContainerId container, Duration timeout) {
    record("stop " + container.value());
  }

  @Override
  public void remove(ContainerId container) {
    record("remove " + container.value());
    if (containers.remove(container.value()) == null) {
      throw new ContainerNotFoundException(container.value());
    }
  }

  @Override
  public ContainerDetails inspect(ContainerId container) {
    record("inspect " + container.value());
    ContainerSpec spec = containers.get(container.value());
    if (spec == null) {
      throw new ContainerNotFoundException(container.value());
    }
    return ImmutableContainerDetails.builder()
        .id(container).name(container.value()).image(spec.image().value()).state(ContainerState.RUNNING)
        .workingDir(spec.workingDir().value()).tty(spec.tty()).mounts(spec.mounts()).ports(spec.ports())
        .labels(spec.labels())
        .build();
  }

  @Override
  public List<ContainerSummary> listByLabel(String key, String value) {
    record("list " + key + "=" + value);
    return List.of();
  }

  @Override
  public WindowsPathStyle windowsPathStyle() {
    return WindowsPathStyle.DRIVE_ROOT;
  }

  @Override
  public String describeCreateRequest(ContainerSpec spec) {
    return "{\"Image\":\"" + spec.image().value() + "\"}";
  }
}
