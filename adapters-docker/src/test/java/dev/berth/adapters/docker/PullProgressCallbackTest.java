package dev.berth.adapters.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.core.DockerClientConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PullProgressCallbackTest {
  private final List<String> reported = new ArrayList<>();
  private final PullProgressCallback callback = new PullProgressCallback(reported::add);

  @Test
  void eachStatusLineIsReportedAsItComes() throws IOException {
    callback.onNext(item("{\"status\":\"Pulling from library/busybox\",\"id\":\"latest\"}"));
    callback.onNext(item("{\"status\":\"Downloading\",\"id\":\"a3ed95caeb02\","
        + "\"progressDetail\":{\"current\":1024,\"total\":2048}}"));
    callback.onNext(item("{\"status\":\"Status: Downloaded newer image for busybox:latest\"}"));

    assertThat(reported).containsExactly(
        "latest Pulling from library/busybox",
        "a3ed95caeb02 Downloading 1024/2048 bytes",
        "Status: Downloaded newer image for busybox:latest");
  }

  private static PullResponseItem item(String json) throws IOException {
    return DockerClientConfig.getDefaultObjectMapper().readValue(json, PullResponseItem.class);
  }
}
