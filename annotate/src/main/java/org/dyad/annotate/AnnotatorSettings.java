package org.dyad.annotate;

/**
 * Typed settings for the CoreNLP annotator. The adapter turns them into CoreNLP properties;
 * nothing outside this module sees a {@code Properties} object.
 *
 * @param ner which named-entity models to run
 * @param maxSentenceTokens sentences longer than this are not parsed (their tokens still are),
 *     which bounds time and memory on run-on text
 */
public record AnnotatorSettings(NerModels ner, int maxSentenceTokens) {
  /** The named-entity models. SUTime (dates) runs in every mode. */
  public enum NerModels {
    /** The 3-class (PERSON, ORGANIZATION, LOCATION) CRF only: Dyad's dictionaries do the rest. */
    THREE_CLASS,
    /** CoreNLP's default: three CRF models plus fine-grained rules. Slow; for comparison. */
    DEFAULT
  }

  public AnnotatorSettings {
    if (maxSentenceTokens < 10) {
      throw new IllegalArgumentException("maxSentenceTokens must be at least 10");
    }
  }

  public static AnnotatorSettings defaults() {
    return new AnnotatorSettings(NerModels.THREE_CLASS, 120);
  }
}
