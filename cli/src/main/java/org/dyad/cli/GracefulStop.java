package org.dyad.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets a long command stop cleanly on Ctrl-C or SIGTERM: a shutdown hook raises a flag that the
 * command polls between documents, wakes it from {@link #sleep}, and waits (at most a grace
 * period) until the command has {@linkplain #close closed} its store. Without it a kill is still
 * safe (each article is one transaction), only less tidy.
 *
 * <p>Thread-safe. Close it after the store, so that the hook waits for the store to close.
 */
final class GracefulStop implements AutoCloseable {
  private final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  GracefulStop(Duration grace) {
    hook = new Thread(() -> {
      stop.countDown();
      try {
        finished.await(grace.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "dyad-graceful-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** True once a stop was asked for. */
  boolean stopping() {
    return stop.getCount() == 0;
  }

  /** Sleeps for {@code d} unless a stop is asked for first; true when the whole time passed. */
  boolean sleep(Duration d) {
    try {
      return !stop.await(d.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook is running and now returns
    }
  }
}
