package dev.berth.cli.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {
  @Test
  void readsDockersConfigShapes() {
    Object config = JsonReader.parse("""
        {"auths": {}, "currentContext": "colima", "proxies": {"default": {"httpProxy": "http://p:3128"}},
         "list": [1, -2.5e3, true, false, null, "a\\"b\\u0041"]}
        """).orElseThrow();

    assertThat(JsonReader.string(config, "currentContext")).contains("colima");
    assertThat(JsonReader.string(config, "proxies", "default", "httpProxy")).contains("http://p:3128");
    assertThat(JsonReader.string(config, "proxies", "missing", "httpProxy")).isEmpty();
    assertThat(((Map<?, ?>) config).get("list")).isEqualTo(Arrays.asList("1", "-2.5e3", true, false, null, "a\"bA"));
    assertThat(((Map<?, ?>) config).get("auths")).isEqualTo(Map.of());
    assertThat(JsonReader.parse("[]")).contains(List.of());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{", "{\"a\" 1}", "[1,]x", "{\"a\": tru}", "\"open"})
  void malformedJsonReadsAsNothing(String text) {
    assertThat(JsonReader.parse(text)).isEmpty();
  }
}
