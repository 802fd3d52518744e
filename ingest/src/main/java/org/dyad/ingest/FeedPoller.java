package org.dyad.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.dyad.model.DocumentError;

/**
 * Polls RSS/Atom feeds for watching: one conditional HTTP request per poll ({@code If-None-Match}
 * with the last ETag, {@code If-Modified-Since} with the last Last-Modified), then every item read
 * as an article exactly as {@link ArticleReader} reads a feed (same ids, dates, errors). A feed
 * may also be a {@code file:} URI or a path, compared by modification time.
 *
 * <p>Never throws for a bad feed: a network error, an HTTP error or XML that does not parse comes
 * back in {@link FeedPoll#error()}. Immutable and thread-safe; its HTTP client is shared.
 */
public final class FeedPoller {
  private final Fetcher fetcher;

  private FeedPoller(Duration connectTimeout, Duration timeout) {
    this.fetcher = new Fetcher(connectTimeout, timeout);
  }

  /** A poller with {@link ArticleReader}'s default timeouts. */
  public static FeedPoller create() {
    return new FeedPoller(ArticleReader.DEFAULT_CONNECT_TIMEOUT, ArticleReader.DEFAULT_TIMEOUT);
  }

  /** A poller with the given HTTP connect timeout and overall fetch timeout. */
  public static FeedPoller create(Duration connectTimeout, Duration timeout) {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(timeout, "timeout");
    if (connectTimeout.isNegative() || connectTimeout.isZero() || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
    return new FeedPoller(connectTimeout, timeout);
  }

  /**
   * Polls {@code feed} (an http(s) or file URL, or a path).
   *
   * @param etag the ETag of the last poll, or null
   * @param lastModified the Last-Modified of the last poll, or null
   */
  public FeedPoll poll(String feed, IngestOptions o, String etag, String lastModified) {
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(o, "options");
    IngestOptions opts = o.withGivenId(null);
    String lower = feed.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      URI uri;
      try {
        uri = URI.create(feed.trim());
      } catch (IllegalArgumentException e) {
        return failed(feed, new DocumentError(feed, ErrorKinds.FETCH, "not a valid URL: " + e.getMessage()));
      }
      Fetcher.Result r = fetcher.fetch(uri, opts, etag, lastModified);
      if (r.error() != null) {
        return failed(feed, r.error());
      }
      if (r.notModified()) {
        return new FeedPoll(feed, true, List.of(), r.etag(), r.lastModified(), null);
      }
      return read(feed, r.source(), opts, r.etag(), r.lastModified());
    }
    Path path;
    try {
      path = lower.startsWith("file:") ? Path.of(URI.create(feed)) : Path.of(feed);
    } catch (RuntimeException e) {
      return failed(feed, new DocumentError(feed, ErrorKinds.FETCH, "neither an http(s) URL nor a file: " + e.getMessage()));
    }
    String stamp;
    long size;
    try {
      stamp = Files.getLastModifiedTime(path).toInstant().toString() + "/" + Files.size(path);
      size = Files.size(path);
    } catch (NoSuchFileException e) {
      return failed(feed, new DocumentError(feed, ErrorKinds.IO, "no such file: " + path));
    } catch (IOException e) {
      return failed(feed, new DocumentError(feed, ErrorKinds.IO, "cannot be read: " + e.getMessage()));
    }
    if (stamp.equals(lastModified)) {
      return new FeedPoll(feed, true, List.of(), null, stamp, null);
    }
    String name = path.getFileName() == null ? feed : path.getFileName().toString();
    Source src = new Source(name, feed, name, size, () -> Files.newInputStream(path), path, null, null);
    return read(feed, src, opts, null, stamp);
  }

  private static FeedPoll read(String feed, Source src, IngestOptions o, String etag, String lastModified) {
    List<Ingested> items = new ArrayList<>();
    try (Stream<Ingested> s = Feeds.read(src, o)) {
      s.forEach(items::add);
    }
    // A failure of the feed as a whole has the feed's own origin; an item's has "#item-N".
    if (items.size() == 1 && items.get(0) instanceof Ingested.Failed f && f.origin().equals(src.origin())) {
      boolean noItems = ErrorKinds.EMPTY.equals(f.error().kind()) && f.error().message().contains("no items");
      if (!noItems) {
        return failed(feed, new DocumentError(feed, f.error().kind(), f.error().message()));
      }
      return new FeedPoll(feed, false, List.of(), etag, lastModified, null);
    }
    return new FeedPoll(feed, false, items, etag, lastModified, null);
  }

  private static FeedPoll failed(String feed, DocumentError e) {
    return new FeedPoll(feed, false, List.of(), null, null, e);
  }
}
