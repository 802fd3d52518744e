package org.dyad.model;

import java.util.Objects;

/**
 * A place: the raw toponym, its country and, when a gazetteer knows it, coordinates.
 *
 * @param start offset of the toponym in the text, or -1 (with end -1) for a place inferred from
 *     the event's participants and named nowhere in the text
 * @param country ISO 3166 alpha-3, may be null
 * @param latitude null when unknown
 * @param longitude null when unknown
 * @param role EVENT for where an event happened, MENTIONED for a place merely named
 */
public record Place(String text, int start, int end, String name, String country, Double latitude, Double longitude, String role) {
  public Place {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(role, "role");
  }
}
