package org.dyad.spark;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.annotate.Annotator;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.testkit.Annotations;

/**
 * A hand-annotated stand-in for CoreNLP, so that the job's tests run the real resolver and coder
 * in seconds: it knows a few texts (written in {@link Annotations} notation) and fails on any
 * other, which the pipeline turns into an ANNOTATION error. Thread-safe; counts its calls.
 */
final class FixtureAnnotator implements Annotator {
  static final AtomicInteger CALLS = new AtomicInteger();

  private static final LocalDate ANY = LocalDate.of(2020, 1, 1);

  /** Texts the fixture knows, by name. */
  static final AnnotatedArticle TALIBAN = Annotations.article("t", ANY)
      .sentence("The/DT Taliban/NNP/ORGANIZATION attacked/VBD/O/attack Afghan/JJ government/NN forces/NNS/O/force ./.",
          "1 nsubj 2", "-1 root 2", "5 obj 2")
      .build();
  static final AnnotatedArticle PAKISTAN = Annotations.article("p", ANY)
      .sentence("Pakistan/NNP/LOCATION condemned/VBD/O/condemn India/NNP/LOCATION ./.", "0 nsubj 1", "-1 root 1", "2 obj 1")
      .sentence("Iran/NNP/LOCATION praised/VBD/O/praise Iraq/NNP/LOCATION ./.", "0 nsubj 1", "-1 root 1", "2 obj 1")
      .build();
  static final AnnotatedArticle WEATHER = Annotations.article("w", ANY)
      .sentence("They/PRP told/VBD/O/tell us/PRP about/IN the/DT weather/NN ./.", "0 nsubj 1", "-1 root 1", "2 obj 1")
      .build();

  private static final Map<String, AnnotatedArticle> KNOWN = Map.of(
      TALIBAN.text(), TALIBAN, PAKISTAN.text(), PAKISTAN, WEATHER.text(), WEATHER);

  @Override
  public AnnotatedArticle annotate(Article article) {
    CALLS.incrementAndGet();
    AnnotatedArticle a = KNOWN.get(article.text());
    if (a == null) {
      throw new IllegalArgumentException("the fixture annotator does not know the text of " + article.id());
    }
    return new AnnotatedArticle(article, a.sentences(), a.entities(), a.times(), "fixture-annotations");
  }

  @Override
  public String description() {
    return "fixture-annotations";
  }
}
