package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Bounded reading, byte-order marks, binary sniffing and strict decoding. Stateless. */
final class Bytes {
  private Bytes() {}

  /** How many leading bytes the binary check looks at. */
  static final int SNIFF_BYTES = 8192;

  /** Bytes read from a stream, at most a limit; {@code overflow} when the stream had more. */
  record Bounded(byte[] bytes, boolean overflow) {}

  /**
   * Reads at most {@code limit} bytes, then checks whether one more byte exists. Never holds
   * more than {@code limit} bytes.
   */
  static Bounded readBounded(InputStream in, long limit) throws IOException {
    int cap = (int) Math.min(limit, Integer.MAX_VALUE - 16);
    byte[] buf = new byte[Math.min(cap, 64 * 1024)];
    int n = 0;
    while (n < cap) {
      if (n == buf.length) {
        buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, cap));
      }
      int r = in.read(buf, n, buf.length - n);
      if (r < 0) {
        return new Bounded(Arrays.copyOf(buf, n), false);
      }
      n += r;
    }
    boolean more = in.read() >= 0;
    return new Bounded(n == buf.length ? buf : Arrays.copyOf(buf, n), more);
  }

  /** A byte-order mark at the start of some bytes. */
  record Bom(Charset charset, int length) {}

  /** The BOM at the start of {@code b}, or null. */
  static Bom bom(byte[] b, int len) {
    if (len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Bom(StandardCharsets.UTF_8, 3);
    }
    if (len >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Bom(StandardCharsets.UTF_16BE, 2);
    }
    if (len >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Bom(StandardCharsets.UTF_16LE, 2);
    }
    return null;
  }

  /**
   * Why {@code b[from..to)} looks binary, or null when it looks like text: a NUL byte, or more
   * than 10% control characters (other than tab, newline, form feed, carriage return, escape) in
   * the first {@value #SNIFF_BYTES} bytes.
   */
  static String binaryReason(byte[] b, int from, int to) {
    int end = Math.min(to, from + SNIFF_BYTES);
    int controls = 0;
    for (int i = from; i < end; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return "NUL byte at offset " + i;
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F) {
        controls++;
      }
    }
    int n = end - from;
    if (n > 0 && controls * 10 > n) {
      return String.format(
          "%d of the first %d bytes (%.0f%%) are control characters", controls, n, 100.0 * controls / n);
    }
    return null;
  }

  /** Thrown by {@link #decodeStrict} with the offset of the first bad byte. */
  static final class BadBytes extends CharacterCodingException {
    final long offset;
    final String bytesHex;

    BadBytes(long offset, String bytesHex) {
      this.offset = offset;
      this.bytesHex = bytesHex;
    }

    @Override
    public String getMessage() {
      return "undecodable bytes " + bytesHex + " at byte offset " + offset;
    }
  }

  /**
   * Decodes {@code b[from..to)} strictly ({@link CodingErrorAction#REPORT}).
   *
   * @param baseOffset added to reported offsets (e.g. the file offset of {@code from})
   * @throws BadBytes naming the offset of the first byte that does not decode
   */
  static String decodeStrict(byte[] b, int from, int to, Charset cs, long baseOffset) throws BadBytes {
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, (long) (to - from) * 2 + 16));
    CoderResult r = dec.decode(in, out, true);
    if (!r.isError()) {
      r = dec.flush(out);
    }
    if (r.isError()) {
      int at = in.position();
      StringBuilder hex = new StringBuilder();
      for (int i = at; i < Math.min(to, at + Math.max(r.length(), 1)); i++) {
        hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02X", b[i] & 0xFF));
      }
      throw new BadBytes(baseOffset + (at - from), hex.toString());
    }
    out.flip();
    return out.toString();
  }

  /** Decodes leniently, replacing bad input with U+FFFD. */
  static String decodeLenient(byte[] b, int from, int to, Charset cs) {
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      return dec.decode(ByteBuffer.wrap(b, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("decoder with REPLACE reported an error", e);
    }
  }

  /** Number of U+FFFD replacement characters in {@code s}. */
  static long replacements(CharSequence s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\uFFFD') {
        n++;
      }
    }
    return n;
  }

  /** A human-readable byte size. */
  static String size(long bytes) {
    if (bytes < 10_000) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return String.format("%.1f KB", bytes / 1024.0);
    }
    return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
