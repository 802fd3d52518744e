package org.dyad.ingest;

import java.io.IOException;
import java.util.Iterator;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Streams whose work starts only when the first element is pulled, and that pull inner streams
 * one element at a time (unlike {@code flatMap} under an iterator, which buffers a whole inner
 * stream). Stateless.
 */
final class Lazy {
  private Lazy() {}

  /** A stream of one result computed on first pull; an exception becomes a failure. */
  static Stream<Ingested> one(Supplier<Ingested> work, Source src) {
    return stream(() -> Stream.of(work.get()), src);
  }

  /** The elements of {@code inner}, created on first pull and closed at the end or on close. */
  static Stream<Ingested> stream(Supplier<Stream<Ingested>> inner, Source src) {
    return stream(inner, src, () -> {});
  }

  /** As {@link #stream(Supplier, Source)}, running {@code cleanup} after the inner stream is closed. */
  static Stream<Ingested> stream(Supplier<Stream<Ingested>> inner, Source src, Runnable cleanup) {
    return new Pull() {
      Stream<Ingested> s;
      Iterator<Ingested> it;

      @Override
      protected Ingested pull() {
        if (s == null) {
          s = inner.get();
          it = s.iterator();
        }
        return it.hasNext() ? it.next() : null;
      }

      @Override
      protected Ingested onError(Exception e) {
        return Readers.ioFailure(src.label(), src, e);
      }

      @Override
      protected void release() throws IOException {
        try {
          if (s != null) {
            s.close();
          }
        } finally {
          cleanup.run();
        }
      }
    }.stream();
  }
}
