package org.dyad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.dyad.ingest.Ingested;
import org.dyad.model.Article;
import org.dyad.model.DocumentError;

/**
 * One input document on its way from the readers to the coders: an article, or the error that
 * kept it from being read. The serializable twin of {@link Ingested}, so that articles can be
 * shuffled across the cluster.
 *
 * <p>Immutable. Exactly one of {@code text} and {@code errorKind} is non-null.
 */
record InputDoc(String docId, String origin, String text, LocalDate date, String title, String url, String source,
    String errorKind, String errorMessage) implements Serializable {

  private static final long serialVersionUID = 1L;

  InputDoc {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(origin, "origin");
    if ((text == null) == (errorKind == null)) {
      throw new IllegalArgumentException("an input document is either an article or an error: " + docId);
    }
  }

  static InputDoc of(Ingested in) {
    if (in instanceof Ingested.Ok ok) {
      return article(ok.article(), ok.origin());
    }
    Ingested.Failed f = (Ingested.Failed) in;
    return failed(f.error(), f.origin());
  }

  static InputDoc article(Article a, String origin) {
    return new InputDoc(a.id(), origin, a.text(), a.date(), a.title(), a.url(), a.source(), null, null);
  }

  static InputDoc failed(DocumentError e, String origin) {
    return new InputDoc(e.docId(), origin, null, null, null, null, null, e.kind(), e.message());
  }

  boolean isFailed() {
    return errorKind != null;
  }

  Article article() {
    if (isFailed()) {
      throw new IllegalStateException("not an article but an error: " + docId);
    }
    return new Article(docId, text, date, title, url, source);
  }

  DocumentError error() {
    if (!isFailed()) {
      throw new IllegalStateException("not an error but an article: " + docId);
    }
    return new DocumentError(docId, errorKind, errorMessage);
  }
}
