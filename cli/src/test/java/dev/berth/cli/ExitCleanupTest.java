package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExitCleanupTest {
  @Test
  void anActionRunsOnceHoweverOftenItIsAsked() {
    List<String> done = new ArrayList<>();
    ExitCleanup.Action action = new ExitCleanup().register(() -> done.add("removed"));

    action.runNow();
    action.runNow();

    assertThat(done).containsExactly("removed");
  }

  @Test
  void aCancelledActionNeverRuns() {
    List<String> done = new ArrayList<>();
    ExitCleanup.Action action = new ExitCleanup().register(() -> done.add("removed"));

    action.cancel();
    action.runNow();

    assertThat(done).isEmpty();
  }
}
