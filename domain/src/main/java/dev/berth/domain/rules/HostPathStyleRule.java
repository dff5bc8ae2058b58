package dev.berth.domain.rules;

import dev.berth.domain.request.WindowsPathStyle;
import dev.berth.domain.spec.HostPath;
import dev.berth.domain.spec.ImmutableMount;
import dev.berth.domain.spec.Mount;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * R7: on a Windows host every mount source is rewritten into the POSIX form the runtime's
 * Linux VM sees: {@code C:\Users\x} is {@code /c/Users/x} for Docker Desktop and
 * {@code /mnt/c/Users/x} for a Podman machine. Elsewhere paths pass unchanged.
 */
public final class HostPathStyleRule {
  private static final Pattern DRIVE = Pattern.compile("^([A-Za-z]):");

  private HostPathStyleRule() {}

  public static HostPath enginePath(HostPath path, boolean windowsHost, WindowsPathStyle style) {
    if (!windowsHost) {
      return path;
    }
    String slashed = path.value().replace('\\', '/');
    Matcher drive = DRIVE.matcher(slashed);
    if (!drive.find()) {
      return HostPath.of(slashed);
    }
    String rest = slashed.substring(drive.end());
    String root = style.drivePrefix() + drive.group(1).toLowerCase(Locale.ROOT);
    return HostPath.of(rest.isEmpty() ? root : root + (rest.startsWith("/") ? rest : "/" + rest));
  }

  public static List<Mount> engineMounts(List<Mount> mounts, boolean windowsHost, WindowsPathStyle style) {
    return mounts.stream()
        .map(mount -> ImmutableMount.copyOf(mount).withSource(enginePath(mount.source(), windowsHost, style)))
        .collect(Collectors.toList());
  }
}
