package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.pipeline.DyadPipeline;
import org.junit.jupiter.api.Test;

/** The test stand-in for CoreNLP gives the real coder enough structure to code simple sentences. */
class FakeAnnotatorTest {
  @Test
  void theRealCoderCodesTheFakeAnnotation() {
    try (DyadPipeline p = FakeAnnotator.pipeline()) {
      CodedArticle a = p.code(Article.of("x", "France condemned Germany on Tuesday. Russia threatened Ukraine over the dam. "
          + "Kenya praised Uganda. Nothing happened here.", LocalDate.of(2024, 3, 5)));
      List<String> events = a.events().stream()
          .map(e -> e.source().code().value() + " " + e.cameo().root() + " " + e.target().code().value()).toList();
      assertEquals(List.of("FRA 11 DEU", "RUS 13 UKR", "KEN 05 UGA"), events);
      assertEquals(4, a.sentences().size());
    }
  }
}
