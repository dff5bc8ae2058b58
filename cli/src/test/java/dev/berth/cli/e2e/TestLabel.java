package dev.berth.cli.e2e;

import java.util.UUID;

/** A label unique to one test, on every container it makes, so it finds (and removes) exactly its own. */
record TestLabel(String key, String value) {
  static TestLabel unique() {
    return new TestLabel("dev.berth.test.cli", UUID.randomUUID().toString());
  }

  String option() {
    return key + "=" + value;
  }
}
