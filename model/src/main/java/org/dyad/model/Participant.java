package org.dyad.model;

import java.util.List;
import java.util.Objects;

/**
 * The source or the target of an event: the words in this sentence and the actor they resolve to.
 *
 * @param text the words of the mention in the event's sentence
 * @param name the actor's name ("Shah Mahmood Qureshi" for a mention "He")
 * @param actorId the article-level actor id
 */
public record Participant(String text, int start, int end, ActorCode code, String name, String actorId) {
  public Participant {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(code, "code");
  }

  public Span span() {
    return new Span(start, end);
  }

  public String country() {
    return code.country();
  }

  public List<String> sectors() {
    return code.sectors();
  }
}
