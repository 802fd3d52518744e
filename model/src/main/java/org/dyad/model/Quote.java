package org.dyad.model;

import java.util.Objects;

/**
 * A quotation and who said it.
 *
 * @param text the words inside the quotation marks
 * @param start offset of the first char inside the marks
 * @param end offset after the last char inside the marks
 * @param speakerName the speaker's name, null when unknown
 * @param speakerCode the speaker's actor code, null when unknown
 * @param speakerActorId the article-level actor id, null when unknown
 * @param rule how the speaker was found
 */
public record Quote(String text, int start, int end, int sentence, String speakerName, ActorCode speakerCode, String speakerActorId, String rule) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rule, "rule");
  }

  public Span span() {
    return new Span(start, end);
  }
}
