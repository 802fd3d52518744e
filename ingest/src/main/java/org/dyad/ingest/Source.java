package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One input document before its format is known: how to open its bytes and what to call it.
 *
 * @param name the name whose extension picks the format (for {@code x.txt.gz}: {@code x.txt})
 * @param origin where it came from, for {@link Ingested#origin()}
 * @param label a short name for error ids when no document id can be read (a file name)
 * @param size the byte size when known before reading, else -1
 * @param opener opens the bytes; each call opens a fresh stream that the caller closes
 * @param file the file on disk (for sidecars and dates in its name), or null
 * @param url the URL it was fetched from, or null
 * @param contentType the transport's content type (HTTP header), or null
 */
record Source(
    String name, String origin, String label, long size, Opener opener, Path file, String url, String contentType) {

  /** Opens a document's bytes. */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }

  Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(opener, "opener");
  }

  InputStream open() throws IOException {
    return opener.open();
  }

  /** The lower-case extension of {@link #name()} without the dot, or "" when there is none. */
  String extension() {
    return extension(name);
  }

  static String extension(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    String base = name.substring(slash + 1);
    int dot = base.lastIndexOf('.');
    return dot <= 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The charset named by the content type, or null. */
  String headerCharset() {
    return Charsets.fromContentType(contentType);
  }

  Source withSize(long newSize) {
    return new Source(name, origin, label, newSize, opener, file, url, contentType);
  }
}
