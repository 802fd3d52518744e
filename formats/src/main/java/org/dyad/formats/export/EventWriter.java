package org.dyad.formats.export;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;

/**
 * Writes events in one export format to a character stream it was opened on (see
 * {@link EventFormat#open}). Not thread-safe: one writer per output. {@link #close()} flushes
 * and closes the underlying stream.
 */
public interface EventWriter extends Closeable, Flushable {
  /** Writes one event (one line, or one JSON object on one line). */
  void write(ExportRecord r) throws IOException;

  /** Events written so far. */
  long count();
}
