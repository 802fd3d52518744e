package org.dyad.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An actor (by name and code) across stored articles.
 *
 * @param role the most frequent role, null when none was seen
 * @param firstSeen date of the earliest article that mentions it (null when no article has a date)
 * @param articleCount articles that mention it
 * @param eventCount events it is the source or target of
 */
public record ActorSummary(String name, String code, String role, LocalDate firstSeen, LocalDate lastSeen,
    long articleCount, long eventCount) {
  public ActorSummary {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
  }
}
