package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.model.Article;

/** Test helpers: fixture paths and unpacking of results. */
final class Fixtures {
  private Fixtures() {}

  static Path path(String name) {
    URL u = Fixtures.class.getResource("/ingest/" + name);
    if (u == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      return Path.of(u.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Ingested> all(Stream<Ingested> s) {
    try (s) {
      return s.toList();
    }
  }

  static Ingested only(Stream<Ingested> s) {
    List<Ingested> all = all(s);
    assertEquals(1, all.size(), () -> "expected one result: " + all);
    return all.get(0);
  }

  static Article ok(Ingested r) {
    Ingested.Ok ok = assertInstanceOf(Ingested.Ok.class, r, () -> "expected an article, got " + r);
    return ok.article();
  }

  static Ingested.Failed failed(Ingested r, String kind) {
    Ingested.Failed f = assertInstanceOf(Ingested.Failed.class, r, () -> "expected a failure, got " + r);
    assertEquals(kind, f.error().kind(), () -> "wrong kind: " + f);
    return f;
  }

  static void assertMentions(Ingested.Failed f, String... parts) {
    for (String p : parts) {
      assertTrue(f.error().message().contains(p), () -> "message lacks '" + p + "': " + f.error().message());
    }
  }

  /** Counts the bytes a reader pulls from a stream. */
  static final class Counting extends InputStream {
    private final InputStream in;
    long count;

    Counting(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

  /** An endless stream repeating a pattern. */
  static final class Endless extends InputStream {
    private final byte[] pattern;
    private long pos;

    Endless(byte[] pattern) {
      this.pattern = pattern;
    }

    @Override
    public int read() {
      return pattern[(int) (pos++ % pattern.length)] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      for (int i = 0; i < len; i++) {
        b[off + i] = pattern[(int) (pos++ % pattern.length)];
      }
      return len;
    }
  }
}
