package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.DocumentError;
import org.dyad.pipeline.DyadPipeline;
import org.junit.jupiter.api.Test;

class CodingTest {
  /** A factory that must not be used. */
  static final class Refusing implements PipelineFactory {
    private static final long serialVersionUID = 1L;

    @Override
    public DyadPipeline create() {
      throw new AssertionError("no pipeline should be made for a partition of errors");
    }
  }

  private static List<CodedDoc> all(Iterator<CodedDoc> it) {
    List<CodedDoc> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void unreadableDocumentsLoadNoPipelineAndKeepTheirError() {
    InputDoc bad = InputDoc.failed(new DocumentError("a.jsonl:3", "MALFORMED", "line 3 is not valid JSON"), "/in/a.jsonl:3");
    List<CodedDoc> out = all(Coding.code(List.of(bad).iterator(), new Refusing()));
    assertEquals(1, out.size());
    CodedArticle a = out.get(0).article();
    assertEquals("a.jsonl:3", a.docId());
    assertEquals(List.of(bad.error()), a.errors());
    assertEquals("/in/a.jsonl:3", out.get(0).origin());
  }

  @Test
  void articlesAreCodedAsThePipelineCodesThem() {
    Article t = Article.of("t", FixtureAnnotator.TALIBAN.text(), LocalDate.of(2021, 5, 17));
    Article u = Article.of("u", "Unknown text.", LocalDate.of(2021, 5, 17));
    List<CodedDoc> out = all(Coding.code(List.of(InputDoc.article(t, "o1"), InputDoc.article(u, "o2")).iterator(),
        new FixturePipelineFactory()));
    CodedArticle direct = PipelineHolder.get(new FixturePipelineFactory()).code(t);
    assertEquals(org.dyad.formats.DyadJson.withText().toJsonString(direct, false), out.get(0).json());
    assertEquals(1, out.get(0).events());
    assertEquals(1, out.get(1).errors());
    assertTrue(out.get(1).article().errors().get(0).kind().equals("ANNOTATION"));
  }
}
