package dev.berth.cli.discovery;

import dev.berth.application.port.out.RuntimeEndpoint;

/** An endpoint worth probing, and where discovery found it (a flag, a variable, a well-known path). */
public record Candidate(String source, RuntimeEndpoint endpoint) {
  public String uri() {
    return endpoint.uri();
  }
}
