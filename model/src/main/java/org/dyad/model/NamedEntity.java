package org.dyad.model;

import java.util.Objects;

/**
 * A named-entity mention found by the annotator (PERSON, ORGANIZATION, LOCATION, ...).
 *
 * @param firstToken index of the first token in its sentence
 * @param lastToken index of the last token in its sentence (inclusive)
 */
public record NamedEntity(String text, String type, int sentence, int firstToken, int lastToken, int start, int end) {
  public NamedEntity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }

  public Span span() {
    return new Span(start, end);
  }
}
