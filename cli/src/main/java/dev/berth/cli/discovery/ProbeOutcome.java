package dev.berth.cli.discovery;

import dev.berth.application.port.out.ContainerRuntimeFactory;
import dev.berth.application.port.out.RuntimeInfo;
import java.util.Optional;

/** What one candidate endpoint said when probed: which runtime answered and how, or why nothing did. */
public record ProbeOutcome(Candidate candidate, Optional<Answer> answer, String status) {
  /** The runtime that recognised the engine as its own, and what the engine said. */
  public record Answer(ContainerRuntimeFactory runtime, RuntimeInfo info) {}

  static ProbeOutcome answered(Candidate candidate, ContainerRuntimeFactory runtime, RuntimeInfo info) {
    return new ProbeOutcome(candidate, Optional.of(new Answer(runtime, info)), "answers");
  }

  static ProbeOutcome silent(Candidate candidate, String why) {
    return new ProbeOutcome(candidate, Optional.empty(), why);
  }

  public boolean answers() {
    return answer.isPresent();
  }

  /** {@code unix:///run/x.sock (DOCKER_HOST): no socket file}, for error messages. */
  public String describe() {
    return candidate.uri() + " (" + candidate.source() + "): " + status;
  }
}
