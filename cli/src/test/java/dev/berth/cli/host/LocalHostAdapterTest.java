package dev.berth.cli.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.domain.error.InvalidSpecException;
import dev.berth.domain.request.CodeDirKind;
import dev.berth.domain.request.HostFacts;
import dev.berth.domain.request.Symlink;
import dev.berth.domain.spec.EffectiveUser;
import dev.berth.domain.spec.HostPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalHostAdapterTest {
  @TempDir
  Path temp;

  private final LocalHostAdapter host = new LocalHostAdapter(Optional.of(EffectiveUser.of(1000, 100)), false);

  @Test
  void reportsTheUserAndPathStyleItWasGiven() {
    HostFacts facts = new LocalHostAdapter(Optional.empty(), true).facts(Optional.empty());

    assertThat(facts.currentUser()).isEmpty();
    assertThat(facts.windowsPaths()).isTrue();
    assertThat(facts.codeDir()).isEmpty();
  }

  @Test
  void thisMachinesUserIsTheOwnerOfTheFilesItCreates() throws IOException {
    Path file = Files.createFile(temp.resolve("mine"));
    int uid = (Integer) Files.getAttribute(file, "unix:uid");
    int gid = (Integer) Files.getAttribute(file, "unix:gid");

    HostFacts facts = LocalHostAdapter.forThisMachine().facts(Optional.empty());

    assertThat(facts.currentUser()).contains(EffectiveUser.of(uid, gid));
    assertThat(facts.windowsPaths()).isFalse();
  }

  @Test
  void tellsWhatIsAtTheCodeDir() throws IOException {
    Path file = Files.createFile(temp.resolve("file"));

    assertThat(kindAt(temp)).isEqualTo(CodeDirKind.DIRECTORY);
    assertThat(kindAt(file)).isEqualTo(CodeDirKind.NOT_A_DIRECTORY);
    assertThat(kindAt(temp.resolve("missing"))).isEqualTo(CodeDirKind.MISSING);
  }

  @Test
  void listsTopLevelSymlinksWithTheirRealPathsAndSkipsDanglingOnes() throws IOException {
    Path code = Files.createDirectory(temp.resolve("code"));
    Path modules = Files.createDirectories(temp.resolve("shared/node_modules"));
    Files.createSymbolicLink(code.resolve("node_modules"), modules);
    Files.createSymbolicLink(code.resolve("dangling"), temp.resolve("nowhere"));
    Path nested = Files.createDirectory(code.resolve("lib"));
    Files.createSymbolicLink(nested.resolve("deep"), modules);

    HostFacts facts = host.facts(Optional.of(HostPath.of(code.toString())));

    assertThat(facts.codeDirSymlinks())
        .containsExactly(Symlink.of("node_modules", HostPath.of(modules.toRealPath().toString())));
  }

  @Test
  void createsMissingDirectoriesAndAcceptsExistingOnes() {
    Path tmp = temp.resolve("a/b/tmp");

    host.createDirectories(HostPath.of(tmp.toString()));
    host.createDirectories(HostPath.of(tmp.toString()));

    assertThat(tmp).isDirectory();
  }

  @Test
  void aFileInTheWayOfTheTmpDirIsAnInvalidTmpDir() throws IOException {
    Path file = Files.createFile(temp.resolve("tmp"));

    assertThatThrownBy(() -> host.createDirectories(HostPath.of(file.toString())))
        .isInstanceOfSatisfying(InvalidSpecException.class, e -> {
          assertThat(e.field()).isEqualTo("tmp-dir");
          assertThat(e.value()).isEqualTo(file.toString());
          assertThat(e.reason()).contains("not a directory");
        });
  }

  private CodeDirKind kindAt(Path path) {
    return host.facts(Optional.of(HostPath.of(path.toString()))).codeDir().orElseThrow();
  }
}
