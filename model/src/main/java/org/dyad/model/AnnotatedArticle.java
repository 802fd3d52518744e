package org.dyad.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with its linguistic annotation: sentences, named entities and time expressions.
 *
 * @param annotator what produced the annotation, e.g. {@code "corenlp-4.5.10 ner=3class depparse"}
 */
public record AnnotatedArticle(
    Article article, List<Sentence> sentences, List<NamedEntity> entities, List<TimeExpression> times, String annotator) {
  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    Objects.requireNonNull(annotator, "annotator");
  }

  public String text() {
    return article.text();
  }

  public int tokenCount() {
    int n = 0;
    for (Sentence s : sentences) {
      n += s.tokens().size();
    }
    return n;
  }
}
