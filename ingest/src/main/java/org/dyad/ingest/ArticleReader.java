package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dyad.model.DocumentError;
import org.dyad.model.DyadException;

/**
 * Turns user input (files, folders, stdin, URLs) into {@link Ingested} results: an article or a
 * clear error per document. Bad input never throws and never stops the stream; memory stays
 * bounded (see {@link IngestOptions#maxTextBytes()} and {@link IngestOptions#maxInputBytes()}).
 *
 * <p>Formats, by file name: {@code .txt}, {@code .text} and no extension: plain UTF-8 text
 * (a file without extension that looks like a feed, HTML or JSON lines is read as such);
 * {@code .jsonl}, {@code .ndjson}: JSON lines; {@code .json}: one article object or an array;
 * {@code .html}, {@code .htm}, {@code .xhtml}: a web page; {@code .xml}, {@code .rss},
 * {@code .atom}: an RSS/Atom feed; {@code .gz}: decompressed, then by the inner name; any
 * other extension: by sniffing the content. A folder is walked recursively in sorted order,
 * skipping hidden files and {@code .meta.json} sidecars.
 *
 * <p>The returned streams are lazy (nothing is read before the first element is pulled; JSON
 * lines and arrays are read record by record) and may hold an open file: close them, e.g. with
 * try-with-resources. Each stream is for one consumer; the reader itself is immutable and
 * thread-safe, and its HTTP client is shared.
 */
public final class ArticleReader {
  /** Default time allowed to connect to a server. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Default time allowed for a whole HTTP fetch. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private static final String STDIN = "<stdin>";
  private static final int SNIFF = 4096;

  private final Fetcher fetcher;

  private ArticleReader(Duration connectTimeout, Duration timeout) {
    this.fetcher = new Fetcher(connectTimeout, timeout);
  }

  /** A reader with the default timeouts. */
  public static ArticleReader create() {
    return new ArticleReader(DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT);
  }

  /** A reader with the given HTTP connect timeout and overall fetch timeout. */
  public static ArticleReader create(Duration connectTimeout, Duration timeout) {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(timeout, "timeout");
    if (connectTimeout.isNegative() || connectTimeout.isZero() || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
    return new ArticleReader(connectTimeout, timeout);
  }

  // ------------------------------------------------------------------ files and folders

  /** Reads a file or, recursively, a folder. */
  public Stream<Ingested> read(Path path, IngestOptions o) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(o, "options");
    Source pathSource = new Source(name(path), path.toString(), name(path), -1, () -> Files.newInputStream(path), path, null, null);
    return Lazy.stream(() -> {
      if (Files.isDirectory(path)) {
        return folder(path, o.withGivenId(null));
      }
      if (!Files.exists(path)) {
        return Stream.of(Readers.ioFailure(name(path), pathSource, new NoSuchFileException(path.toString())));
      }
      return file(path, o);
    }, pathSource);
  }

  private Stream<Ingested> file(Path path, IngestOptions o) {
    String name = name(path);
    if (!Files.isRegularFile(path)) {
      // a pipe or device (/dev/stdin, process substitution): no size, and it can be read only once
      // (FileInputStream, because a channel stream's available() seeks, which pipes refuse)
      OneShot shot = new OneShot(() -> new java.io.FileInputStream(path.toFile()), true);
      Source src = new Source(name, path.toString(), name, -1, shot, path, null, null);
      return Lazy.stream(() -> dispatch(src, o), src, shot::closeQuietly);
    }
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      size = -1;
    }
    Source src = new Source(name, path.toString(), name, size, () -> Files.newInputStream(path), path, null, null);
    return dispatch(src, o);
  }

  private Stream<Ingested> folder(Path dir, IngestOptions o) {
    Walk walk = new Walk(dir);
    Source dirSource = new Source(name(dir), dir.toString(), name(dir), -1, () -> {
      throw new IOException("a folder");
    }, dir, null, null);
    return new Pull() {
      Stream<Ingested> cur;
      Iterator<Ingested> it;

      @Override
      protected Ingested pull() {
        while (true) {
          if (it != null && it.hasNext()) {
            return it.next();
          }
          if (cur != null) {
            cur.close();
            cur = null;
            it = null;
          }
          Walk.Entry e = walk.next();
          if (e == null) {
            return null;
          }
          if (e.badFolder() != null) {
            Source bad = new Source(name(e.badFolder()), e.badFolder().toString(), name(e.badFolder()), -1,
                dirSource.opener(), e.badFolder(), null, null);
            return Ingested.failed(name(e.badFolder()), ErrorKinds.IO,
                "the folder cannot be listed: " + Readers.reason(bad, e.error()), e.badFolder().toString());
          }
          cur = file(e.file(), o);
          it = cur.iterator();
        }
      }

      @Override
      protected Ingested onError(Exception e) {
        return Readers.ioFailure(name(dir), dirSource, e);
      }

      @Override
      protected void release() {
        if (cur != null) {
          cur.close();
        }
      }
    }.stream();
  }

  private static String name(Path p) {
    Path f = p.getFileName();
    return f == null ? p.toString() : f.toString();
  }

  // ------------------------------------------------------------------ streams

  /**
   * Reads standard input: JSON lines when the first non-blank character is <code>{</code>, else
   * one plain-text article. Does not close {@code in}.
   */
  public Stream<Ingested> readStdin(InputStream in, IngestOptions o) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(o, "options");
    OneShot shot = new OneShot(() -> in, false);
    Source src = new Source(STDIN, STDIN, STDIN, -1, shot, null, null, null);
    return Lazy.stream(() -> {
      byte[] head;
      try {
        head = shot.head(64 * 1024);
      } catch (IOException e) {
        return Stream.of(Readers.ioFailure(STDIN, src, e));
      }
      String start = firstNonBlank(head);
      if (start.startsWith("{")) {
        return JsonRecords.lines(src, o);
      }
      return Stream.of(PlainText.read(src, o));
    }, src);
  }

  /**
   * Reads one document from a stream, choosing the format from {@code name} as for files (and
   * by sniffing when the name does not tell). {@code name} is also the origin in results. Does
   * not close {@code in}.
   */
  public Stream<Ingested> read(InputStream in, String name, IngestOptions o) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(o, "options");
    OneShot shot = new OneShot(() -> in, false);
    String label = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    if (label.isBlank()) {
      label = name.isBlank() ? "<stream>" : name;
    }
    Source src = new Source(name, name, label, -1, shot, null, null, null);
    return dispatch(src, o);
  }

  // ------------------------------------------------------------------ URLs

  /**
   * Fetches an http(s) URL and reads it as a page, feed, text or JSON by its content type (else
   * its name, else its content). A {@code file:} URI is read as a path. At most
   * {@link IngestOptions#maxInputBytes()} bytes are fetched.
   */
  public Stream<Ingested> read(URI uri, IngestOptions o) {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(o, "options");
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("file")) {
      return read(Path.of(uri), o);
    }
    Source placeholder = new Source(uri.toString(), uri.toString(), uri.toString(), -1, () -> {
      throw new IOException("not fetched");
    }, null, uri.toString(), null);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Stream.of(Ingested.failed(uri.toString(), ErrorKinds.FETCH,
          "only http and https URLs can be read, not '" + scheme + "'", uri.toString()));
    }
    return Lazy.stream(() -> {
      Fetcher.Result r = fetcher.fetch(uri, o);
      if (r.error() != null) {
        return Stream.of(new Ingested.Failed(r.error(), uri.toString()));
      }
      return dispatchFetched(r.source(), o);
    }, placeholder);
  }

  private Stream<Ingested> dispatchFetched(Source src, IngestOptions o) {
    String type = src.contentType() == null ? "" : src.contentType().split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    switch (type) {
      case "text/html", "application/xhtml+xml":
        return Stream.of(Html.read(src, o));
      case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml":
        return Feeds.read(src, o.withGivenId(null));
      case "text/plain":
        return Stream.of(PlainText.read(src, o));
      case "application/json":
        return JsonRecords.document(src, o);
      case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/ndjson":
        return JsonRecords.lines(src, o);
      case "application/gzip", "application/x-gzip":
        return dispatch(src, o);
      case "application/xml", "text/xml":
        return sniffed(src, o, Format.FEED);
      default:
        return dispatch(src, o);
    }
  }

  // ------------------------------------------------------------------ feeds for watching

  /** The items of a feed file, for watching; throws {@link DyadException} when it cannot be read. */
  public List<FeedItem> items(Path feed, IngestOptions o) {
    long size;
    try {
      size = Files.size(feed);
    } catch (IOException e) {
      throw new DyadException(new DocumentError(name(feed), ErrorKinds.IO,
          (e instanceof NoSuchFileException ? "no such file" : "cannot be read: " + e.getMessage()) + ": " + feed), e);
    }
    Source src = new Source(name(feed), feed.toString(), name(feed), size, () -> Files.newInputStream(feed), feed, null, null);
    return Feeds.items(src, o);
  }

  /** The items of a feed URL, for watching; throws {@link DyadException} when it cannot be fetched or read. */
  public List<FeedItem> items(URI feed, IngestOptions o) {
    String scheme = feed.getScheme() == null ? "" : feed.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("file")) {
      return items(Path.of(feed), o);
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new DyadException(new DocumentError(feed.toString(), ErrorKinds.FETCH,
          "only http and https URLs can be read, not '" + scheme + "'"));
    }
    Fetcher.Result r = fetcher.fetch(feed, o);
    if (r.error() != null) {
      throw new DyadException(r.error());
    }
    return Feeds.items(r.source(), o);
  }

  // ------------------------------------------------------------------ dispatch

  private enum Format { TEXT, JSONL, JSON, HTML, FEED }

  private Stream<Ingested> dispatch(Source src, IngestOptions o) {
    String ext = src.extension();
    switch (ext) {
      case "gz":
        return gunzip(src, o);
      case "txt", "text":
        return Lazy.one(() -> PlainText.read(src, o), src);
      case "jsonl", "ndjson":
        return JsonRecords.lines(src, o);
      case "json":
        return JsonRecords.document(src, o);
      case "html", "htm", "xhtml":
        return Lazy.one(() -> Html.read(src, o), src);
      case "xml", "rss", "atom":
        return sniffed(src, o, Format.FEED);
      default:
        return sniffed(src, o, Format.TEXT);
    }
  }

  private Stream<Ingested> gunzip(Source outer, IngestOptions o) {
    String inner = outer.name().substring(0, outer.name().length() - 3);
    OneShot shot = new OneShot(() -> new GZIPInputStream(outer.open(), 64 * 1024), true);
    Source src = new Source(inner, outer.origin(), outer.label(), -1, shot, outer.file(), outer.url(), null);
    if (Source.extension(inner).equals("gz")) {
      return Stream.of(Ingested.failed(outer.label(), ErrorKinds.MALFORMED,
          "doubly gzipped input is not read", outer.origin()));
    }
    return Lazy.stream(() -> dispatch(src, o), src, shot::closeQuietly);
  }

  /** Reads by the format the content shows, or {@code fallback} when it shows none. */
  private Stream<Ingested> sniffed(Source src, IngestOptions o, Format fallback) {
    return Lazy.stream(() -> {
      byte[] head;
      try {
        head = head(src, SNIFF);
      } catch (IOException e) {
        return Stream.of(Readers.ioFailure(src.label(), src, e));
      }
      Format f = sniff(head, fallback);
      return switch (f) {
        case TEXT -> Stream.of(PlainText.read(src, o));
        case JSONL -> JsonRecords.lines(src, o);
        case JSON -> JsonRecords.document(src, o);
        case HTML -> Stream.of(Html.read(src, o));
        case FEED -> Feeds.read(src, o);
      };
    }, src);
  }

  private static byte[] head(Source src, int n) throws IOException {
    if (src.opener() instanceof OneShot shot) {
      return shot.head(n);
    }
    try (InputStream in = src.open()) {
      return Bytes.readBounded(in, n).bytes();
    }
  }

  static Format sniff(byte[] head, Format fallback) {
    String start = firstNonBlank(head);
    String lower = start.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<")) {
      if (Feeds.looksLikeFeed(lower)) {
        return Format.FEED;
      }
      if (lower.startsWith("<!doctype html") || lower.contains("<html") || lower.contains("<body")
          || lower.contains("<head")) {
        return Format.HTML;
      }
      return fallback;
    }
    if (start.startsWith("{")) {
      return Format.JSONL;
    }
    return fallback == Format.FEED ? Format.FEED : Format.TEXT;
  }

  /** The head as text from its first non-blank character (after a BOM); "" when none. */
  private static String firstNonBlank(byte[] head) {
    Bytes.Bom bom = Bytes.bom(head, head.length);
    String s = bom == null
        ? new String(head, StandardCharsets.ISO_8859_1)
        : new String(head, bom.length(), head.length - bom.length(), bom.charset());
    int i = 0;
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) {
      i++;
    }
    return s.substring(i);
  }
}
