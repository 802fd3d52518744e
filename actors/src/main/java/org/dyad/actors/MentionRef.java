package org.dyad.actors;

import java.util.Objects;
import org.dyad.model.Actor;
import org.dyad.model.Mention;

/** One mention in the text and the article-level actor it refers to. Immutable. */
public record MentionRef(Actor actor, Mention mention) {
  public MentionRef {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(mention, "mention");
  }
}
