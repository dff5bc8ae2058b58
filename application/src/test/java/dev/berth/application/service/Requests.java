package dev.berth.application.service;

import dev.berth.domain.request.CreationRequest;
import dev.berth.domain.request.ImmutableCreationRequest;
import dev.berth.domain.spec.HostPath;
import dev.berth.domain.spec.ImageRef;

final class Requests {
  private Requests() {}

  static ImmutableCreationRequest.Builder request() {
    return CreationRequest.builder()
        .image(ImageRef.of("localhost/fn:latest"))
        .addCommand("handler")
        .codeDir(HostPath.of("/home/dev/fn"));
  }
}
