package dev.berth.domain.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.domain.request.ExposedPort;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLI's option strings, read into values by the domain so its messages name the field. */
class ParsingTest {
  @ParameterizedTest(name = "-p {0}")
  @CsvSource({"8080, 8080, 0, TCP", "9000:8080, 8080, 9000, TCP", "5353:53/udp, 53, 5353, UDP",
      "53/UDP, 53, 0, UDP"})
  void portsAreReadInDockersOrderHostFirst(String text, int container, int host, Protocol protocol) {
    ExposedPort port = ExposedPort.parse(text);
    assertThat(port.containerPort()).isEqualTo(container);
    assertThat(port.hostPort()).isEqualTo(host == 0 ? OptionalInt.empty() : OptionalInt.of(host));
    assertThat(port.protocol()).isEqualTo(protocol);
  }

  @ParameterizedTest(name = "-v {0}")
  @CsvSource({
      "/src:/dst, /src, /dst, READ_WRITE",
      "/src:/dst:ro, /src, /dst, READ_ONLY",
      "/src:/dst:rw, /src, /dst, READ_WRITE",
      "'C:\\Users\\dev:/dst:ro', 'C:\\Users\\dev', /dst, READ_ONLY",
      "/with:colon:/dst, /with:colon, /dst, READ_WRITE"
  })
  void volumesAreHostThenContainerThenMode(String text, String source, String target, MountMode mode) {
    Mount mount = Mount.parse(text);
    assertThat(mount.source().value()).isEqualTo(source);
    assertThat(mount.target().value()).isEqualTo(target);
    assertThat(mount.mode()).isEqualTo(mode);
  }

  @ParameterizedTest
  @ValueSource(strings = {"KEY=value", "KEY=", "KEY=a=b"})
  void envValuesMayBeEmptyOrHoldEquals(String text) {
    var entry = EnvironmentNames.parse(text);
    assertThat(entry.getKey()).isEqualTo("KEY");
    assertThat(entry.getKey() + "=" + entry.getValue()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "0.0.0.0", "255.255.255.255", "::1", "::", "fe80::1", "2001:db8::8:800:200c:417a",
      "1:2:3:4:5:6:7:8", "::ffff:10.0.0.1"})
  void ipAddressLiteralsAreAccepted(String text) {
    assertThat(IpAddress.isLiteral(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "localhost", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.1.1.1", "1::2::3", "1:2:3:4:5:6:7:8:9",
      "12345::", "g::1", ":1"})
  void anythingElseIsNoIpAddress(String text) {
    assertThat(IpAddress.isLiteral(text)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"db:10.0.0.5, db, 10.0.0.5", "v6host:::1, v6host, ::1", "my-host.local:fe80::1, my-host.local, fe80::1"})
  void extraHostsSplitAtTheFirstColon(String text, String name, String address) {
    ExtraHost host = ExtraHost.parse(text);
    assertThat(host.hostname()).isEqualTo(name);
    assertThat(host.address().value()).isEqualTo(address);
  }
}
