package dev.berth.adapters.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.domain.error.RuntimeOperationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * R3: the proxies the Docker client config ({@code config.json}, {@code proxies.default})
 * asks clients to pass into containers, as the environment the docker CLI would set: each in
 * upper and lower case. docker-java does not do this itself.
 */
final class ConfigProxies {
  private static final String CONFIG_FILE = "config.json";
  /** In the docker CLI's order, so the create request reads the same every time. */
  private static final List<Map.Entry<String, String>> VARIABLE_BY_SETTING = List.of(
      Map.entry("httpProxy", "HTTP_PROXY"),
      Map.entry("httpsProxy", "HTTPS_PROXY"),
      Map.entry("ftpProxy", "FTP_PROXY"),
      Map.entry("noProxy", "NO_PROXY"));

  private final Path configFile;
  private final ObjectMapper json = new ObjectMapper();

  ConfigProxies(Path configDir) {
    this.configFile = configDir.resolve(CONFIG_FILE);
  }

  /** The proxy variables; none when the config file is missing or sets no default proxies. */
  Map<String, String> environment() {
    if (!Files.isRegularFile(configFile)) {
      return Map.of();
    }
    JsonNode proxies = read().path("proxies").path("default");
    Map<String, String> environment = new LinkedHashMap<>();
    for (Map.Entry<String, String> setting : VARIABLE_BY_SETTING) {
      String value = proxies.path(setting.getKey()).asText("");
      if (!value.isEmpty()) {
        environment.put(setting.getValue(), value);
        environment.put(setting.getValue().toLowerCase(Locale.ROOT), value);
      }
    }
    return environment;
  }

  private JsonNode read() {
    try {
      return json.readTree(configFile.toFile());
    } catch (IOException e) {
      throw new RuntimeOperationException("read Docker client config " + configFile, e.getMessage(), e);
    }
  }
}
