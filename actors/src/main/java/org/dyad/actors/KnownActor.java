package org.dyad.actors;

import java.time.LocalDate;
import java.util.Objects;
import org.dyad.model.ActorCode;

/**
 * A person Dyad knows across articles: a name with its code and role, and when it was seen
 * holding them. Curated entries come from a dictionary a person wrote; learned ones from articles
 * that introduced the person with a title ("Foreign Minister Shah Mahmood Qureshi").
 *
 * @param origin CURATED or LEARNED
 * @param status ACTIVE (used to resolve names), PROPOSED (learned, waiting for review when review
 *     is required) or REJECTED (never used)
 * @param sourceDoc the article it was learned from, null for curated entries
 */
public record KnownActor(String name, ActorCode code, String role, LocalDate firstSeen, LocalDate lastSeen, String origin,
    String status, String sourceDoc) {
  public static final String CURATED = "CURATED";
  public static final String LEARNED = "LEARNED";
  public static final String ACTIVE = "ACTIVE";
  public static final String PROPOSED = "PROPOSED";
  public static final String REJECTED = "REJECTED";

  public KnownActor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(status, "status");
    if (name.isBlank()) {
      throw new IllegalArgumentException("known actor name is blank");
    }
    if (firstSeen != null && lastSeen != null && lastSeen.isBefore(firstSeen)) {
      throw new IllegalArgumentException("known actor " + name + ": last seen before first seen");
    }
  }

  /** True when the entry may stand for the name on this date: roles change, so only near when it was seen. */
  public boolean validOn(LocalDate date) {
    if (date == null) {
      return true;
    }
    LocalDate from = firstSeen == null ? null : firstSeen.minusYears(1);
    LocalDate to = lastSeen == null ? null : lastSeen.plusYears(2);
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
