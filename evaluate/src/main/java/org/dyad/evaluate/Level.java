package org.dyad.evaluate;

import java.util.Objects;

/**
 * One scoring level of a {@link Scheme}, e.g. "root" or "span-overlap". Immutable.
 *
 * @param name short name used in reports and as the key of labels
 * @param description what a label at this level is
 * @param match how predicted and gold labels are compared
 */
public record Level(String name, String description, Match match) {
  /** How labels are compared. */
  public enum Match {
    /** A predicted label is right when the gold has the same label. */
    EXACT,
    /**
     * Labels are participant spans {@code ROLE:from-to} (token positions, end exclusive): same
     * span, and the same role or a gold {@code R} (a reciprocal participant, either side).
     */
    SPAN,
    /** As {@link #SPAN}, but spans need only overlap. */
    SPAN_OVERLAP
  }

  public Level {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(match, "match");
  }
}
