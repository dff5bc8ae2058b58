package dev.berth.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputTest {
  @Test
  void jsonIsIndentedAndEscaped() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", "say \"hi\"\n");
    view.put("ports", List.of(8080, 9000));
    view.put("empty", List.of());
    view.put("user", null);
    view.put("tty", false);

    assertThat(Json.write(view)).isEqualTo("""
        {
          "name": "say \\"hi\\"\\n",
          "ports": [
            8080,
            9000
          ],
          "empty": [],
          "user": null,
          "tty": false
        }
        """);
  }

  @Test
  void textPutsOneValueALineAndQuotesWordsWithSpaces() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("command", List.of("sh", "-c", "echo hi"));
    view.put("labels", Map.of("a", "1"));
    view.put("mounts", List.of(Map.of("source", "/src")));
    view.put("dns", List.of());
    view.put("name", null);

    assertThat(Text.write(view)).isEqualTo("""
        command: sh -c 'echo hi'
        labels:
          a: 1
        mounts:
          - source: /src
        dns: -
        name: -
        """);
  }
}
