package dev.berth.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Work that must happen even when the user interrupts berth (Ctrl-C): removing a {@code run --rm}
 * container, stopping a transient engine. One shutdown hook runs what is still registered, newest
 * first, so a container is removed before the engine that holds it is stopped.
 */
public final class ExitCleanup {
  private final Deque<Action> pending = new ArrayDeque<>();
  private final AtomicBoolean hookInstalled = new AtomicBoolean();

  /** Registers {@code work}; the returned action runs it at most once, now or at exit. */
  public synchronized Action register(Runnable work) {
    if (hookInstalled.compareAndSet(false, true)) {
      Runtime.getRuntime().addShutdownHook(new Thread(this::runPending, "berth-exit-cleanup"));
    }
    Action action = new Action(work);
    pending.push(action);
    return action;
  }

  private void runPending() {
    Action action;
    while ((action = next()) != null) {
      action.runNow();
    }
  }

  private synchronized Action next() {
    return pending.poll();
  }

  private synchronized void forget(Action action) {
    pending.remove(action);
  }

  /** One registered piece of cleanup. */
  public final class Action {
    private final Runnable work;
    private final AtomicBoolean done = new AtomicBoolean();

    private Action(Runnable work) {
      this.work = work;
    }

    /** Runs the work unless it already ran, and takes it off the exit list. */
    public void runNow() {
      forget(this);
      if (done.compareAndSet(false, true)) {
        work.run();
      }
    }

    /** The work is no longer needed (someone else did it). */
    public void cancel() {
      forget(this);
      done.set(true);
    }
  }
}
