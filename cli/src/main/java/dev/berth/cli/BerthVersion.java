package dev.berth.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code berth --version}: the build's version, written into a resource by Maven. */
public final class BerthVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    Properties build = new Properties();
    try (InputStream in = BerthVersion.class.getResourceAsStream("version.properties")) {
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("the jar lacks its version.properties", e);
    }
    return new String[] {"berth " + build.getProperty("version") + " (Java " + Runtime.version() + ")"};
  }
}
