package dev.berth.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.domain.request.WindowsPathStyle;
import dev.berth.domain.spec.HostPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostPathStyleRuleTest {
  @ParameterizedTest(name = "{0} is {1} for Docker Desktop and {2} for a Podman machine")
  @CsvSource({
      "'C:\\Users\\dev\\fn',      /c/Users/dev/fn,     /mnt/c/Users/dev/fn",
      "'c:\\Users\\dev\\fn',      /c/Users/dev/fn,     /mnt/c/Users/dev/fn",
      "'D:\\',                   /d/,                 /mnt/d/",
      "'E:',                     /e,                  /mnt/e",
      "'C:/already/forward',     /c/already/forward,  /mnt/c/already/forward",
      "'C:relative\\x',          /c/relative/x,       /mnt/c/relative/x",
      "'\\\\server\\share\\fn',  //server/share/fn,   //server/share/fn"
  })
  void windowsHostPathsAreRewrittenForTheRuntimesVm(String windows, String dockerDesktop, String podmanMachine) {
    assertThat(HostPathStyleRule.enginePath(HostPath.of(windows), true, WindowsPathStyle.DRIVE_ROOT).value())
        .isEqualTo(dockerDesktop);
    assertThat(HostPathStyleRule.enginePath(HostPath.of(windows), true, WindowsPathStyle.MNT_DRIVE).value())
        .isEqualTo(podmanMachine);
  }

  @ParameterizedTest
  @CsvSource({"/home/dev/fn", "'C:\\looks\\windows'", "relative/dir"})
  void pathsOnAPosixHostAreLeftAlone(String path) {
    assertThat(HostPathStyleRule.enginePath(HostPath.of(path), false, WindowsPathStyle.MNT_DRIVE).value())
        .isEqualTo(path);
  }
}
