package org.dyad.ingest;

import java.util.List;
import java.util.Objects;
import org.dyad.model.DocumentError;

/**
 * The outcome of one poll of a watched feed: its items as read (each an article or a clear
 * error), or that nothing changed since the last poll, or why the feed itself could not be read;
 * with the validators to send on the next poll.
 *
 * <p>Immutable and thread-safe.
 *
 * @param feed the feed as given (URL or path)
 * @param notModified true when the server answered 304 (or the file is unchanged): no items
 * @param items the feed's items in feed order, empty when not modified or failed
 * @param etag the validator for the next poll's {@code If-None-Match}, or null
 * @param lastModified the validator for the next poll's {@code If-Modified-Since} (for a file:
 *     its modification time), or null
 * @param error why the feed could not be fetched or parsed, or null
 */
public record FeedPoll(
    String feed, boolean notModified, List<Ingested> items, String etag, String lastModified, DocumentError error) {
  public FeedPoll {
    Objects.requireNonNull(feed, "feed");
    items = List.copyOf(items);
  }

  /** True when the feed could be read (or had not changed). */
  public boolean ok() {
    return error == null;
  }
}
