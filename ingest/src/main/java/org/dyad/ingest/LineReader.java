package org.dyad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines at {@code \n} (a trailing {@code \r} is dropped), holding at
 * most {@code maxLineBytes} of one line: longer lines are skipped and reported as too long.
 * Not thread-safe; does not close the stream.
 */
final class LineReader {
  /**
   * One line.
   *
   * @param number 1-based line number
   * @param offset byte offset of the line's first byte in the stream
   * @param bytes the line without its terminator, or null when it was longer than the cap
   * @param length the line's length in bytes
   */
  record Line(long number, long offset, byte[] bytes, long length) {
    boolean tooLong() {
      return bytes == null;
    }

    boolean isBlank() {
      if (bytes == null) {
        return false;
      }
      for (byte x : bytes) {
        if (x != ' ' && x != '\t' && x != '\r' && x != '\f') {
          return false;
        }
      }
      return true;
    }
  }

  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] buf = new byte[64 * 1024];
  private ByteArrayOutputStream acc = new ByteArrayOutputStream();
  private int pos;
  private int lim;
  private boolean eof;
  private long offset;
  private long lineNo;

  LineReader(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    acc.reset();
    long start = offset;
    long len = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos >= lim) {
        if (eof) {
          break;
        }
        int r = in.read(buf, 0, buf.length);
        if (r < 0) {
          eof = true;
          break;
        }
        pos = 0;
        lim = r;
        continue;
      }
      any = true;
      int nl = -1;
      for (int i = pos; i < lim; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      int end = nl >= 0 ? nl : lim;
      int chunk = end - pos;
      len += chunk;
      if (!tooLong) {
        if (acc.size() + (long) chunk > maxLineBytes) {
          tooLong = true;
          acc.reset();
        } else {
          acc.write(buf, pos, chunk);
        }
      }
      int consumed = chunk + (nl >= 0 ? 1 : 0);
      offset += consumed;
      pos += consumed;
      if (nl >= 0) {
        break;
      }
    }
    if (!any) {
      return null;
    }
    lineNo++;
    if (tooLong) {
      acc = new ByteArrayOutputStream();
      return new Line(lineNo, start, null, len);
    }
    byte[] bytes = acc.toByteArray();
    int n = bytes.length;
    if (n > 0 && bytes[n - 1] == '\r') {
      bytes = java.util.Arrays.copyOf(bytes, n - 1);
    }
    if (n > (1 << 20)) {
      acc = new ByteArrayOutputStream(); // do not keep a large buffer alive between lines
    }
    return new Line(lineNo, start, bytes, len);
  }
}
