package org.dyad.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * An opener for a stream that can be read only once (stdin, a decompressing stream), whose head
 * can still be peeked at to sniff its format. Opens the underlying stream lazily; not
 * thread-safe.
 */
final class OneShot implements Source.Opener {
  private final Source.Opener raw;
  private final boolean closeRaw;
  private BufferedInputStream in;
  private boolean handedOut;

  /**
   * @param raw opens the underlying stream (called at most once)
   * @param closeRaw whether closing the stream handed out closes the underlying one
   */
  OneShot(Source.Opener raw, boolean closeRaw) {
    this.raw = raw;
    this.closeRaw = closeRaw;
  }

  private BufferedInputStream in() throws IOException {
    if (in == null) {
      in = new BufferedInputStream(raw.open(), 64 * 1024);
    }
    return in;
  }

  /** Up to {@code n} leading bytes, without consuming them. */
  byte[] head(int n) throws IOException {
    if (handedOut) {
      throw new IOException("the stream was already read");
    }
    BufferedInputStream b = in();
    b.mark(n + 1);
    byte[] buf = new byte[n];
    int got = 0;
    while (got < n) {
      int r = b.read(buf, got, n - got);
      if (r < 0) {
        break;
      }
      got += r;
    }
    b.reset();
    return Arrays.copyOf(buf, got);
  }

  @Override
  public InputStream open() throws IOException {
    if (handedOut) {
      throw new IOException("the stream was already read");
    }
    handedOut = true;
    BufferedInputStream b = in();
    return new FilterInputStream(b) {
      @Override
      public void close() throws IOException {
        if (closeRaw) {
          super.close();
        }
      }
    };
  }

  /** Closes the underlying stream if it was opened and this owns it. */
  void closeQuietly() {
    if (in != null && closeRaw) {
      try {
        in.close();
      } catch (IOException e) {
        // nothing to report: the document's result was already produced
      }
    }
  }
}
