package org.dyad.formats.export;

import java.util.List;
import java.util.Objects;
import org.dyad.model.Event;

/**
 * One event as the exporters see it: the event, its article, its sentence and its coverage.
 * Immutable.
 *
 * @param sentenceText the event's sentence, null when unknown
 */
public record ExportRecord(Event event, ArticleInfo article, String sentenceText, Coverage coverage) {
  public ExportRecord {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(coverage, "coverage");
    if (!article.docId().equals(event.docId())) {
      throw new IllegalArgumentException("event " + event.eventId() + " is of document " + event.docId()
          + ", not of article " + article.docId());
    }
  }

  /** An unclustered event of an article. */
  public static ExportRecord of(Event event, ArticleInfo article, String sentenceText) {
    return new ExportRecord(event, article, sentenceText, Coverage.single());
  }

  /** The reports the row stands for: the cluster's when given, else the event's own. */
  public List<Report> reports() {
    if (!coverage.reports().isEmpty()) {
      return coverage.reports();
    }
    return List.of(new Report(event.eventId(), event.docId(), event.sentence(), article.url(), article.source()));
  }
}
