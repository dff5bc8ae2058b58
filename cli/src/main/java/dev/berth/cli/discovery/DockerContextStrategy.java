package dev.berth.cli.discovery;

import dev.berth.application.port.out.RuntimeEndpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The current Docker context, resolved as Docker's clients (and docker-java) do: {@code DOCKER_CONTEXT},
 * else {@code currentContext} of {@code config.json}; its endpoint is in
 * {@code contexts/meta/<sha256 of the name>/meta.json}. The {@code default} context adds nothing.
 */
public final class DockerContextStrategy implements EndpointStrategy {
  private static final String DEFAULT_CONTEXT = "default";

  @Override
  public Optional<Candidate> candidate(Environment environment) {
    Path configDir = DockerConfigDirectory.of(environment);
    return environment.variable("DOCKER_CONTEXT").or(() -> currentContext(configDir))
        .filter(name -> !name.equals(DEFAULT_CONTEXT))
        .flatMap(name -> contextHost(configDir, name)
            .map(host -> new Candidate("docker context " + name, RuntimeEndpoint.of(host))));
  }

  private static Optional<String> currentContext(Path configDir) {
    return readJson(configDir.resolve("config.json"))
        .flatMap(config -> JsonReader.string(config, "currentContext"))
        .filter(name -> !name.isEmpty());
  }

  private static Optional<String> contextHost(Path configDir, String name) {
    Path meta = configDir.resolve("contexts").resolve("meta").resolve(sha256(name)).resolve("meta.json");
    return readJson(meta)
        .flatMap(context -> JsonReader.string(context, "Endpoints", "docker", "Host"))
        .filter(host -> !host.isEmpty());
  }

  private static Optional<Object> readJson(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return JsonReader.parse(Files.readString(file));
    } catch (IOException e) {
      // An unreadable Docker config is Docker's problem; discovery goes on with the next strategy.
      return Optional.empty();
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
