package org.dyad.model;

/**
 * GDELT's four-way grouping of CAMEO roots: 01–05 verbal cooperation, 06–09 material
 * cooperation, 10–14 verbal conflict, 15–20 material conflict.
 */
public enum QuadClass {
  VERBAL_COOPERATION(1),
  MATERIAL_COOPERATION(2),
  VERBAL_CONFLICT(3),
  MATERIAL_CONFLICT(4);

  private final int number;

  QuadClass(int number) {
    this.number = number;
  }

  /** GDELT's number for the class, 1 to 4. */
  public int number() {
    return number;
  }

  /** The class of a CAMEO root, 1 to 20. */
  public static QuadClass ofRoot(int root) {
    if (root >= 1 && root <= 5) {
      return VERBAL_COOPERATION;
    } else if (root >= 6 && root <= 9) {
      return MATERIAL_COOPERATION;
    } else if (root >= 10 && root <= 14) {
      return VERBAL_CONFLICT;
    } else if (root >= 15 && root <= 20) {
      return MATERIAL_CONFLICT;
    }
    throw new IllegalArgumentException("CAMEO root out of range: " + root);
  }

  public static QuadClass ofNumber(int n) {
    for (QuadClass q : values()) {
      if (q.number == n) {
        return q;
      }
    }
    throw new IllegalArgumentException("QuadClass out of range: " + n);
  }
}
