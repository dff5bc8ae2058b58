package dev.berth.adapters.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.berth.domain.error.RuntimeOperationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigProxiesTest {
  @TempDir Path configDir;

  @Test
  void missingConfigFileMeansNoProxies() {
    assertThat(new ConfigProxies(configDir.resolve("absent")).environment()).isEmpty();
  }

  @Test
  void defaultProxiesBecomeUpperAndLowerCaseVariables() throws IOException {
    writeConfig("""
        {"proxies": {"default": {
          "httpProxy": "http://proxy:3128", "httpsProxy": "https://proxy:3129",
          "ftpProxy": "ftp://proxy:21", "noProxy": "localhost,.internal"}}}
        """);

    assertThat(new ConfigProxies(configDir).environment()).containsExactly(
        entry("HTTP_PROXY", "http://proxy:3128"), entry("http_proxy", "http://proxy:3128"),
        entry("HTTPS_PROXY", "https://proxy:3129"), entry("https_proxy", "https://proxy:3129"),
        entry("FTP_PROXY", "ftp://proxy:21"), entry("ftp_proxy", "ftp://proxy:21"),
        entry("NO_PROXY", "localhost,.internal"), entry("no_proxy", "localhost,.internal"));
  }

  @Test
  void onlyTheProxiesSetAreSent() throws IOException {
    writeConfig("{\"auths\": {}, \"proxies\": {\"default\": {\"httpProxy\": \"http://proxy:3128\"}}}");

    assertThat(new ConfigProxies(configDir).environment())
        .containsOnlyKeys("HTTP_PROXY", "http_proxy");
  }

  @Test
  void configWithoutProxiesMeansNoProxies() throws IOException {
    writeConfig("{\"auths\": {}}");

    assertThat(new ConfigProxies(configDir).environment()).isEmpty();
  }

  @Test
  void unreadableConfigIsAnErrorNamingTheFile() throws IOException {
    writeConfig("{not json");

    assertThatThrownBy(() -> new ConfigProxies(configDir).environment())
        .isInstanceOf(RuntimeOperationException.class)
        .hasMessageContaining(configDir.resolve("config.json").toString());
  }

  private void writeConfig(String json) throws IOException {
    Files.writeString(configDir.resolve("config.json"), json);
  }
}
