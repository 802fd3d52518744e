package org.dyad.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * One item of an RSS/Atom feed as listed, before its text is coded. The {@code id} is the same id
 * the article read from this item gets, so a watcher can skip items it has already coded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the article id (from the item link, else its guid, else its text)
 * @param url the item link, may be null
 * @param title the item title, may be null
 * @param published when the item was published (or last updated), may be null
 */
public record FeedItem(String id, String url, String title, Instant published) {
  public FeedItem {
    Objects.requireNonNull(id, "id");
  }
}
