package org.dyad.coding;

import java.util.Objects;
import org.dyad.model.CameoCode;
import org.dyad.model.QuadClass;

/**
 * One row of the CAMEO event-code table: a code, its short name, its Goldstein
 * conflict-cooperation value (-10 to +10) and the quad class of its root.
 *
 * <p>Immutable value. The constructor checks that the quad class is the one of the code's root
 * and that the Goldstein value lies in [-10, 10].
 */
public record CameoEntry(CameoCode code, String name, double goldstein, QuadClass quadClass) {
  public CameoEntry {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(quadClass, "quadClass");
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank name for CAMEO code " + code);
    }
    if (!Double.isFinite(goldstein) || goldstein < -10.0 || goldstein > 10.0) {
      throw new IllegalArgumentException(
          "Goldstein value " + goldstein + " of CAMEO code " + code + " is outside [-10, 10]");
    }
    if (quadClass != code.quadClass()) {
      throw new IllegalArgumentException("quad class " + quadClass.number() + " of CAMEO code " + code
          + " does not match its root " + code.root() + " (expected " + code.quadClass().number() + ")");
    }
  }

  /** True for a two-digit root code such as {@code "04"}. */
  public boolean isRoot() {
    return code.value().length() == 2;
  }
}
