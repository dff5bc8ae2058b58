package dev.berth.domain.rules;

import dev.berth.domain.error.InvalidSpecException;
import dev.berth.domain.request.CodeDirKind;
import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.request.HostFacts;

/**
 * The validations that need the host's facts; every other one lives in the value it guards,
 * so an invalid value cannot even be built.
 */
public final class RequestChecks {
  private RequestChecks() {}

  public static void check(CreationRequest request, HostFacts host) {
    request.codeDir().ifPresent(codeDir -> {
      CodeDirKind kind = host.codeDir().orElse(CodeDirKind.MISSING);
      if (kind == CodeDirKind.MISSING) {
        throw new InvalidSpecException("code", codeDir.value(), "no such directory");
      }
      if (kind == CodeDirKind.NOT_A_DIRECTORY) {
        throw new InvalidSpecException("code", codeDir.value(), "not a directory");
      }
    });
  }
}
