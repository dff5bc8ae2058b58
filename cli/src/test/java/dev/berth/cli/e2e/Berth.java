package dev.berth.cli.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * berth as a user runs it: the shaded jar in its own JVM. The first run records a class-data-sharing
 * archive, as ./berth does, so the many runs of the suite start quickly.
 */
final class Berth {
  private static final Path JAR = Path.of(System.getProperty("berth.jar", "target/berth.jar"));
  private static final Path ARCHIVE = JAR.resolveSibling("berth-it.jsa");
  private static final long TIMEOUT_SECONDS = 120;

  private Berth() {}

  /** The outcome of one berth process. */
  record Result(int exitCode, String stdout, String stderr) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout:\n" + stdout + "--- stderr:\n" + stderr;
    }
  }

  static Result run(String... args) {
    return finish(start(args), args);
  }

  /** berth as the unprivileged user {@code nobody} (65534), without the archive root wrote. */
  static Result runAsNobody(String... args) {
    List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
        "java", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    try {
      return finish(new ProcessBuilder(command).start(), args);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Result finish(Process process, String... args) {
    CompletableFuture<String> stdout = readAll(process, false);
    CompletableFuture<String> stderr = readAll(process, true);
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("berth " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
      return new Result(process.exitValue(), stdout.join(), stderr.join());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A berth process left running, for tests that interrupt it. */
  static Process start(String... args) {
    List<String> command = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-Xms16m", "-XX:-UsePerfData", "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
    command.add(archiveFlag());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    try {
      return new ProcessBuilder(command).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized String archiveFlag() {
    return Files.exists(ARCHIVE) && !isOlderThanJar()
        ? "-XX:SharedArchiveFile=" + ARCHIVE
        : "-XX:ArchiveClassesAtExit=" + ARCHIVE;
  }

  private static boolean isOlderThanJar() {
    try {
      return Files.getLastModifiedTime(ARCHIVE).compareTo(Files.getLastModifiedTime(JAR)) < 0;
    } catch (IOException e) {
      return true;
    }
  }

  private static CompletableFuture<String> readAll(Process process, boolean stderr) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        byte[] bytes = (stderr ? process.getErrorStream() : process.getInputStream()).readAllBytes();
        return new String(bytes, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
