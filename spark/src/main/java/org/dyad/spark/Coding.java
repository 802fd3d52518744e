package org.dyad.spark;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.dyad.coding.EventCoder;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.DocumentError;
import org.dyad.pipeline.DyadPipeline;

/**
 * The coding stage of the job, run on the executors over one partition at a time: each article
 * goes through the JVM's shared pipeline ({@link PipelineHolder}), each unreadable document
 * becomes a coded article that carries only its error, as {@code dyad code} does.
 *
 * <p>Lazy: a document is coded when the writer pulls it, so a partition never sits in memory
 * whole. The pipeline is fetched at the first article; a partition of errors loads nothing.
 */
final class Coding {
  /** The error kind of a document whose coding threw (a bug): the job goes on with the others. */
  static final String CODING = "CODING";

  private Coding() {}

  static Iterator<CodedDoc> code(Iterator<InputDoc> docs, PipelineFactory factory) {
    return new Iterator<>() {
      private DyadPipeline pipeline;

      @Override
      public boolean hasNext() {
        return docs.hasNext();
      }

      @Override
      public CodedDoc next() {
        if (!docs.hasNext()) {
          throw new NoSuchElementException();
        }
        InputDoc d = docs.next();
        if (d.isFailed()) {
          return CodedDoc.of(failed(d.error()), d.origin());
        }
        if (pipeline == null) {
          pipeline = PipelineHolder.get(factory);
        }
        Article a = d.article();
        CodedArticle coded;
        try {
          coded = pipeline.code(a);
        } catch (RuntimeException e) {
          coded = failed(a, new DocumentError(a.id(), CODING, "coding failed: " + e));
        }
        return CodedDoc.of(coded, d.origin());
      }
    };
  }

  /** An unreadable document as {@code dyad code} reports it: an empty article with the error. */
  static CodedArticle failed(DocumentError e) {
    return failed(Article.of(e.docId(), "", null), e);
  }

  private static CodedArticle failed(Article a, DocumentError e) {
    return new CodedArticle(a, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(e),
        EventCoder.VERSION);
  }
}
