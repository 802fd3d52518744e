package org.dyad.evaluate;

import org.dyad.model.CodedArticle;

/**
 * Codes one gold record's text. It is handed only the {@link GoldInput} (id, text, date, token
 * offsets), never gold labels. Implementations are thread-safe: the evaluator calls them from
 * several threads.
 */
public interface SentenceCoder {
  /** Codes the record as a one-record article; problems come back as document errors, not exceptions. */
  CodedArticle code(GoldInput input);

  /** What codes: coder and dictionary versions, for the report. */
  String description();
}
