package org.dyad.ingest;

import java.util.Objects;
import org.dyad.model.Article;
import org.dyad.model.DocumentError;

/**
 * The outcome of reading one document: an {@link Ok article} or a {@link Failed clear error}.
 *
 * <p>Readers never throw for bad input; every document they meet turns into exactly one of these.
 * {@code origin} says where the document came from: a file path, a URL, {@code <stdin>}, with
 * {@code :LINE} for a line of a JSON-lines file and {@code #item-N} for an item of a feed.
 * Immutable and thread-safe.
 */
public sealed interface Ingested permits Ingested.Ok, Ingested.Failed {

  /** Where the document came from (path, URL or {@code <stdin>}, plus line or item). */
  String origin();

  /** The article id, or for a failure the id the error names. */
  String docId();

  /** True for {@link Ok}. */
  default boolean isOk() {
    return this instanceof Ok;
  }

  /** An article that was read. */
  record Ok(Article article, String origin) implements Ingested {
    public Ok {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(origin, "origin");
    }

    @Override
    public String docId() {
      return article.id();
    }
  }

  /** A document that could not be read, and why. */
  record Failed(DocumentError error, String origin) implements Ingested {
    public Failed {
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(origin, "origin");
    }

    @Override
    public String docId() {
      return error.docId();
    }

    @Override
    public String toString() {
      return origin + ": " + error.kind() + ": " + error.message();
    }
  }

  /** Shorthand for a failure. */
  static Failed failed(String docId, String kind, String message, String origin) {
    return new Failed(new DocumentError(docId, kind, message), origin);
  }
}
