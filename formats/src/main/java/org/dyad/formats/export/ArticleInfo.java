package org.dyad.formats.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What an export knows about the article an event was read in. Immutable.
 *
 * @param date the publication date, null when unknown
 * @param title null when unknown
 * @param url null when unknown
 * @param source the outlet or feed ({@code Article.source}), null when unknown
 * @param codedAt when the article was coded and stored, UTC; null when unknown
 */
public record ArticleInfo(String docId, LocalDate date, String title, String url, String source, LocalDateTime codedAt) {
  public ArticleInfo {
    Objects.requireNonNull(docId, "docId");
  }

  /** Only the document id is known. */
  public static ArticleInfo of(String docId) {
    return new ArticleInfo(docId, null, null, null, null, null);
  }
}
