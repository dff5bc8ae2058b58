package dev.berth.cli.host;

import com.sun.security.auth.module.UnixSystem;
import dev.berth.application.port.out.HostPort;
import dev.berth.domain.error.InvalidSpecException;
import dev.berth.domain.request.CodeDirKind;
import dev.berth.domain.request.HostFacts;
import dev.berth.domain.request.ImmutableHostFacts;
import dev.berth.domain.request.Symlink;
import dev.berth.domain.spec.EffectiveUser;
import dev.berth.domain.spec.HostPath;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The machine berth runs on: its user, its path style, and the code dir as the file system sees it. */
public final class LocalHostAdapter implements HostPort {
  private final Optional<EffectiveUser> currentUser;
  private final boolean windowsPaths;

  public LocalHostAdapter(Optional<EffectiveUser> currentUser, boolean windowsPaths) {
    this.currentUser = currentUser;
    this.windowsPaths = windowsPaths;
  }

  /** This process's uid and primary gid, and the path style of this operating system. */
  public static LocalHostAdapter forThisMachine() {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    return new LocalHostAdapter(windows ? Optional.empty() : posixUser(), windows);
  }

  private static Optional<EffectiveUser> posixUser() {
    try {
      UnixSystem user = new UnixSystem();
      return Optional.of(EffectiveUser.of(Math.toIntExact(user.getUid()), Math.toIntExact(user.getGid())));
    } catch (UnsatisfiedLinkError | UnsupportedOperationException e) {
      // Not a POSIX host after all (no native user lookup): R4 then passes no user.
      return Optional.empty();
    }
  }

  @Override
  public HostFacts facts(Optional<HostPath> codeDir) {
    ImmutableHostFacts.Builder facts = HostFacts.builder().currentUser(currentUser).windowsPaths(windowsPaths);
    codeDir.map(dir -> Path.of(dir.value())).ifPresent(dir -> {
      CodeDirKind kind = kindOf(dir);
      facts.codeDir(kind);
      if (kind == CodeDirKind.DIRECTORY) {
        facts.addAllCodeDirSymlinks(topLevelSymlinks(dir));
      }
    });
    return facts.build();
  }

  private static CodeDirKind kindOf(Path path) {
    if (Files.isDirectory(path)) {
      return CodeDirKind.DIRECTORY;
    }
    return Files.exists(path) ? CodeDirKind.NOT_A_DIRECTORY : CodeDirKind.MISSING;
  }

  private static List<Symlink> topLevelSymlinks(Path dir) {
    List<Symlink> links = new ArrayList<>();
    try (Stream<Path> entries = Files.list(dir)) {
      entries.filter(Files::isSymbolicLink).sorted().forEach(link -> resolve(link).ifPresent(links::add));
    } catch (IOException e) {
      throw new InvalidSpecException("code", dir, "cannot list it: " + reason(e));
    }
    return links;
  }

  /** A dangling link has no real path to mount (R2), so it is left out. */
  private static Optional<Symlink> resolve(Path link) {
    try {
      Path real = link.toRealPath();
      return Optional.of(Symlink.of(link.getFileName().toString(), HostPath.of(real.toString())));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public void createDirectories(HostPath directory) {
    try {
      Files.createDirectories(Path.of(directory.value()));
    } catch (IOException e) {
      throw new InvalidSpecException("tmp-dir", directory.value(), "cannot create it: " + reason(e));
    }
  }

  private static String reason(IOException e) {
    if (e instanceof FileAlreadyExistsException) {
      return ((FileAlreadyExistsException) e).getFile() + " exists and is not a directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied on " + ((AccessDeniedException) e).getFile();
    }
    return e.toString();
  }
}
