package org.dyad.actors;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Actor;

/**
 * The actors of one article and, for every token that belongs to an actor mention, which
 * mention and actor it is. Immutable.
 *
 * @param homeCountry the country a title without a country is taken to belong to ("" when none)
 */
public record ResolvedActors(List<Actor> actors, Map<Long, MentionRef> byToken, String homeCountry) {
  public ResolvedActors {
    actors = List.copyOf(actors);
    byToken = Map.copyOf(byToken);
  }

  static long key(int sentence, int token) {
    return ((long) sentence << 32) | (token & 0xffffffffL);
  }

  /** The mention covering a token, if any. */
  public Optional<MentionRef> at(int sentence, int token) {
    return Optional.ofNullable(byToken.get(key(sentence, token)));
  }

  public Optional<Actor> actor(String id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst();
  }
}
