package org.dyad.model;

import java.util.Objects;

/**
 * A place: the raw toponym, its country and, when a gazetteer knows it, coordinates.
 *
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
