package org.dyad.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy sequence of results pulled one at a time, with resources released at the end or when
 * the stream is closed. Subclasses implement {@link #pull()}; an exception thrown by it becomes
 * one failure from {@link #onError} and ends the sequence. Not thread-safe.
 */
abstract class Pull implements Iterator<Ingested>, Closeable {
  private Ingested next;
  private boolean done;

  /** The next result, or null when there are no more. */
  protected abstract Ingested pull() throws IOException;

  /** The failure to report when {@link #pull()} threw. */
  protected abstract Ingested onError(Exception e);

  /** Releases resources; called once at the end or on close. */
  protected void release() throws IOException {}

  @Override
  public final boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (done) {
      return false;
    }
    try {
      next = pull();
    } catch (IOException | RuntimeException e) {
      next = onError(e);
      done = true;
    }
    if (next == null) {
      done = true;
    }
    if (done) {
      close();
    }
    return next != null;
  }

  @Override
  public final Ingested next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Ingested r = next;
    next = null;
    return r;
  }

  private boolean released;

  @Override
  public final void close() {
    done = true;
    if (!released) {
      released = true;
      try {
        release();
      } catch (IOException e) {
        // nothing was lost: every result was already produced
      }
    }
  }

  /** A sequential, ordered stream over this pull that releases it on close. */
  final Stream<Ingested> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }
}
