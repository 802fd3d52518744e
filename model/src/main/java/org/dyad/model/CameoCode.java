package org.dyad.model;

import java.util.Objects;

/**
 * A CAMEO event code as a string of two to four digits, keeping leading zeros ({@code "041"}).
 */
public record CameoCode(String value) {
  public CameoCode {
    Objects.requireNonNull(value, "value");
    if (!value.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("not a CAMEO event code: '" + value + "'");
    }
    int r = Integer.parseInt(value.substring(0, 2));
    if (r < 1 || r > 20) {
      throw new IllegalArgumentException("CAMEO root out of range in '" + value + "'");
    }
  }

  public static CameoCode of(String value) {
    return new CameoCode(value);
  }

  /** The two-digit root, e.g. {@code "04"}. */
  public String root() {
    return value.substring(0, 2);
  }

  public int rootNumber() {
    return Integer.parseInt(root());
  }

  public QuadClass quadClass() {
    return QuadClass.ofRoot(rootNumber());
  }

  @Override
  public String toString() {
    return value;
  }
}
