package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.DocumentError;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.store.DyadStore;
import org.dyad.store.DyadStore.IngestStep;
import org.junit.jupiter.api.Test;

/** The store's ingest steps: one batch gives what the steps one by one would give. */
class IngestStepsTest {
  @Test
  void aBatchActsAsItsStepsInOrder() {
    try (DyadPipeline p = FakeAnnotator.pipeline(); DyadStore s = DyadStore.inMemory()) {
      CodedArticle x = p.code(Article.of("x", "France accused Germany.", LocalDate.of(2024, 1, 1)));
      CodedArticle x2 = p.code(Article.of("x", "Kenya praised Uganda.", LocalDate.of(2024, 1, 2)));
      DocumentError e1 = new DocumentError("x", "DATE", "no date");
      DocumentError e2 = new DocumentError("x", "EMPTY", "no text");
      DocumentError ey = new DocumentError("y", "BINARY", "junk");
      s.applyIngest(List.of(IngestStep.failed(e1, "a"), IngestStep.stored(x, "h1", "b"), IngestStep.failed(e2, "c"),
          IngestStep.failed(ey, "d"), IngestStep.failed(ey, "d"), IngestStep.seen("feed", "y")), "coder");
      assertEquals(List.of("x"), s.docIds());
      assertEquals(List.of(ey), s.errors(10, 0).stream().map(e -> new DocumentError(e.docId(), e.kind(), e.message())).toList());
      assertTrue(s.isFeedItemSeen("feed", "y"));
      assertEquals(java.util.Set.of("x"), s.ingested(Map.of("x", "h1"), "coder"));
      assertEquals(java.util.Set.of(), s.ingested(Map.of("x", "h1"), "another coder"));
      assertEquals(java.util.Set.of(), s.ingested(Map.of("x", "h2"), "coder"));

      // again: nothing new; a second error of y is appended after the first
      s.applyIngest(List.of(IngestStep.failed(ey, "d"), IngestStep.failed(e1, "a"),
          IngestStep.failed(new DocumentError("y", "IO", "gone"), "d")), "coder");
      assertEquals(2, s.countErrors());
      // the last article of a document wins; a later put by another command takes it out of "ingested"
      s.applyIngest(List.of(IngestStep.stored(x, "h1", "b"), IngestStep.stored(x2, "h2", "b")), "coder");
      assertEquals("Kenya praised Uganda.", s.article("x").orElseThrow().article().text());
      assertEquals(java.util.Set.of("x"), s.ingested(Map.of("x", "h2"), "coder"));
      s.put(x2);
      assertEquals(java.util.Set.of(), s.ingested(Map.of("x", "h2"), "coder"));
      assertThrows(IllegalArgumentException.class, () -> new IngestStep(null, null, null, null, null, null));
      assertThrows(IllegalArgumentException.class, () -> new IngestStep(x, "h", null, e1, null, null));
    }
  }
}
