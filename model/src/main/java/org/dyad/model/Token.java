package org.dyad.model;

import java.util.Objects;

/**
 * One token of a sentence as the annotator saw it.
 *
 * @param index 0-based position in its sentence
 * @param word the surface form
 * @param lemma the lemma (lower case for common words)
 * @param pos the Penn Treebank part-of-speech tag
 * @param ner the coarse named-entity tag, {@code "O"} when none
 * @param start character offset of the first char in the article text
 * @param end character offset after the last char in the article text
 */
public record Token(int index, String word, String lemma, String pos, String ner, int start, int end) {
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
  }

  public Span span() {
    return new Span(start, end);
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isPronoun() {
    return pos.startsWith("PRP");
  }
}
