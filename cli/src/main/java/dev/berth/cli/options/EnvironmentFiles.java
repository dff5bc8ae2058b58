package dev.berth.cli.options;

import dev.berth.domain.error.InvalidSpecException;
import dev.berth.domain.spec.EnvironmentNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --env-file}: one {@code KEY=VALUE} a line; blank lines and lines starting with {@code #} are skipped. */
final class EnvironmentFiles {
  private static final String OPTION = "env-file";

  private EnvironmentFiles() {}

  /** The variables of all files, a later file winning over an earlier one. */
  static Map<String, String> read(List<Path> files) {
    Map<String, String> environment = new LinkedHashMap<>();
    for (Path file : files) {
      List<String> lines = lines(file);
      for (int number = 1; number <= lines.size(); number++) {
        String line = lines.get(number - 1).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        try {
          Map.Entry<String, String> variable = EnvironmentNames.parse(line);
          environment.put(variable.getKey(), variable.getValue());
        } catch (InvalidSpecException e) {
          throw new InvalidSpecException(OPTION, file + ":" + number, e.reason());
        }
      }
    }
    return environment;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new InvalidSpecException(OPTION, file, "cannot read it (" + e.getClass().getSimpleName() + ")");
    }
  }
}
