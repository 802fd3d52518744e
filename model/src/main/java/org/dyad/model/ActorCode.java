package org.dyad.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A CAMEO-style actor code: a three-letter country or international prefix followed by zero or
 * more three-letter sector codes, e.g. {@code PAKGOV}, {@code USAMED}, {@code AFGREB}, {@code IGOUNO}.
 *
 * <p>A code that starts with a sector (an actor with no known country, e.g. {@code REB}) has an
 * empty {@link #country()}.
 */
public record ActorCode(String value) {
  /** The non-state prefixes that stand where a country would. */
  public static final List<String> INTERNATIONAL = List.of("IGO", "NGO", "IMG", "MNC", "UIS");

  public ActorCode {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty() || value.length() % 3 != 0 || !value.matches("[A-Z0-9]+")) {
      throw new IllegalArgumentException("not a CAMEO actor code: '" + value + "'");
    }
  }

  public static ActorCode of(String value) {
    return new ActorCode(value);
  }

  /** Joins a country (may be null/empty) and sectors into one code. */
  public static ActorCode of(String country, List<String> sectors) {
    StringBuilder sb = new StringBuilder(country == null ? "" : country);
    for (String s : sectors) {
      sb.append(s);
    }
    return new ActorCode(sb.toString());
  }

  /** The three-letter blocks of the code. */
  public List<String> parts() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < value.length(); i += 3) {
      out.add(value.substring(i, i + 3));
    }
    return out;
  }

  /** True when {@code part} is one of the sector codes Dyad knows (see {@link Sectors}). */
  private static boolean isSector(String part) {
    return Sectors.isSector(part);
  }

  /** The country (ISO 3166 alpha-3) or international prefix, or "" when the code starts with a sector. */
  public String country() {
    String first = value.substring(0, 3);
    return isSector(first) ? "" : first;
  }

  /** The sector codes after the country. */
  public List<String> sectors() {
    List<String> parts = parts();
    return country().isEmpty() ? parts : parts.subList(1, parts.size());
  }

  @Override
  public String toString() {
    return value;
  }
}
