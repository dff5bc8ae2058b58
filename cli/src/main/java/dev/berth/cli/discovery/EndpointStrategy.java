package dev.berth.cli.discovery;

import java.util.Optional;

/** One place an engine may be found; discovery asks each in turn. */
public interface EndpointStrategy {
  /** The endpoint this strategy points at, if it points at one in this environment. */
  Optional<Candidate> candidate(Environment environment);
}
