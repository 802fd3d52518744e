package org.dyad.annotate;

import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;

/**
 * Turns an article into tokens, sentences, a dependency parse, named entities and time
 * expressions anchored on the article date.
 *
 * <p><b>NOTE:</b> implementations are thread-safe: one instance is shared by all coding threads.
 * They own their models; {@link #close()} releases nothing the caller owns.
 */
public interface Annotator extends AutoCloseable {
  /** Annotates one article; throws {@link org.dyad.model.DyadException} naming the article on failure. */
  AnnotatedArticle annotate(Article article);

  /** A short description of the annotator and its settings, stored in every event's provenance. */
  String description();

  /** Time spent per annotation step so far, for benchmarks; "" when not measured. */
  default String timing() {
    return "";
  }

  @Override
  default void close() {}
}
