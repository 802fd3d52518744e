package org.dyad.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on stderr for long runs: redrawn in place on a terminal, a line every so often
 * otherwise. Not thread-safe: call from the thread that collects results.
 */
final class Progress {
  private final PrintStream err;
  private final long total;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long done;
  private long failed;
  private long events;
  private long lastDraw;
  private boolean drawn;

  Progress(PrintStream err, long total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.terminal = enabled && System.console() != null;
    this.enabled = enabled;
  }

  private final boolean enabled;

  void update(boolean ok, int eventCount) {
    done++;
    if (!ok) {
      failed++;
    }
    events += eventCount;
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (terminal && now - lastDraw > 200_000_000L) {
      lastDraw = now;
      err.print("\r" + line());
      drawn = true;
    } else if (!terminal && done % 100 == 0) {
      err.println(line());
    }
  }

  String line() {
    double secs = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    String bar = "";
    if (total > 0) {
      int width = 30;
      int filled = (int) Math.min(width, width * done / total);
      bar = "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] ";
    }
    return String.format(Locale.ROOT, "%s%d%s articles, %d events, %d failed, %.1f articles/s",
        bar, done, total > 0 ? "/" + total : "", events, failed, done / secs);
  }

  void finish() {
    if (!enabled) {
      return;
    }
    if (drawn) {
      err.print("\r" + line() + "\n");
    } else if (done > 1) {
      err.println(line());
    }
  }

  long done() {
    return done;
  }

  long failed() {
    return failed;
  }

  long events() {
    return events;
  }
}
