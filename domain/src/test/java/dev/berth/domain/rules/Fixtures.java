package dev.berth.domain.rules;

import dev.berth.domain.request.CodeDirKind;
import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.request.HostFacts;
import dev.berth.domain.request.ImmutableCreationRequest;
import dev.berth.domain.request.ImmutableHostFacts;
import dev.berth.domain.request.Symlink;
import dev.berth.domain.request.WindowsPathStyle;
import dev.berth.domain.spec.ContainerSpec;
import dev.berth.domain.spec.EffectiveUser;
import dev.berth.domain.spec.HostPath;
import dev.berth.domain.spec.ImageRef;

/** A request with only the required values, and a plain POSIX host with a non-root user. */
final class Fixtures {
  static final String CODE_DIR = "/home/dev/function";
  static final EffectiveUser HOST_USER = EffectiveUser.of(1000, 1000);

  private Fixtures() {}

  static ImmutableCreationRequest.Builder request() {
    return CreationRequest.builder()
        .image(ImageRef.of("public.ecr.aws/lambda/python:3.12"))
        .addCommand("app.handler")
        .codeDir(HostPath.of(CODE_DIR));
  }

  static ImmutableHostFacts.Builder host() {
    return HostFacts.builder()
        .currentUser(HOST_USER)
        .windowsPaths(false)
        .codeDir(CodeDirKind.DIRECTORY);
  }

  static HostFacts hostWithSymlinks(Symlink... links) {
    return host().addCodeDirSymlinks(links).build();
  }

  static ContainerSpec resolve(CreationRequest request) {
    return resolve(request, host().build());
  }

  static ContainerSpec resolve(CreationRequest request, HostFacts host) {
    return CreationRules.resolve(request, host, WindowsPathStyle.DRIVE_ROOT);
  }
}
