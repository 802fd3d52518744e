package org.dyad.model;

import java.util.Objects;

/**
 * One place in the text where an actor is mentioned.
 *
 * @param sentence index of the sentence
 * @param headToken index (in the sentence) of the token that heads the mention in the parse
 * @param kind how it was found: NAME, TITLE, PRONOUN, COUNTRY, GROUP, NOMINAL ...
 */
public record Mention(String text, int start, int end, int sentence, int headToken, String kind) {
  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }

  public Span span() {
    return new Span(start, end);
  }
}
